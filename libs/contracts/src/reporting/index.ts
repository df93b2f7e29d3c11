export * from './analytics-updated';
