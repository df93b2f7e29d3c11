export * from './kinds';
export * from './queries';
