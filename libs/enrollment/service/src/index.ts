export * from './lib/enrollment-config';
export * from './lib/enrollment.service-definition';
