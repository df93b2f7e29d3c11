// What works and protocols share: the school access rules, protocol errors and the blueprint reference.
export * from './lib/access';
export * from './lib/blueprints';
export * from './lib/numeric';
export * from './lib/protocol-errors';
