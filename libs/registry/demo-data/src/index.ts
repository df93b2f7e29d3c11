export * from './lib/types';
export * from './lib/organisations';
export * from './lib/people';
export * from './lib/programmes';
export * from './lib/roadmap';
export * from './lib/trainings';
