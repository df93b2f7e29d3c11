export * from './lib/assessments-config';
export * from './lib/assessments.service-definition';
