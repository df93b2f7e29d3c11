export * from './lib/criteria';
export * from './lib/scoring';
export * from './lib/ranking';
export * from './lib/preview';
export * from './lib/explanation';
