export * from './queries';
export * from './school-registered';
