export * from './school-registered';
