export * from './lib/alerts/alerts.service';
export * from './lib/directory/directory.entities';
export * from './lib/directory/directory.service';
export * from './lib/event-consumers';
export * from './lib/feed-settings';
export * from './lib/notifications-feed';
export * from './lib/templates/notification-templates';
export * from './lib/projects/sheets-reminder';
