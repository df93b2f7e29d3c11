export * from './lib/notifications-resources.module';
