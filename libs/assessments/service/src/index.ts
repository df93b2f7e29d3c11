export * from './lib/assessments-config';
export * from './lib/assessments.service-definition';
export * from './lib/seed';
export * from './lib/seed-protocols-demo';
