export { notificationsFeature } from './lib/notifications.feature';
