export * from './lib/actor';
export * from './lib/permissions';
export * from './lib/roles';
export * from './lib/school-scope';
