export * from './lib/notifications-config';
export * from './lib/notifications.service-definition';
