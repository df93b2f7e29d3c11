export * from './registrations-counted';
