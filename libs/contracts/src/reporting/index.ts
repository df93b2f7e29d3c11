export * from './analytics-updated';
export * from './queries';
