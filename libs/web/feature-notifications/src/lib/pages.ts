// The feature's screens and its translations: one chunk, fetched on the first visit to any of them.
import './i18n';
export { NotificationsPage } from './feed-page/notifications-page';
export { NotificationSettingsPage } from './settings-page/notification-settings-page';
