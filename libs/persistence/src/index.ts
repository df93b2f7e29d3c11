export * from './lib/service-data-source';
export * from './lib/snake-naming.strategy';
export * from './lib/transient-errors';
export * from './lib/find-page';
export * from './lib/constraint-violations';
export * from './lib/database-roles';
export * from './lib/database-config';
