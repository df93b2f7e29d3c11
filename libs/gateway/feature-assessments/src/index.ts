export * from './lib/assessments-resources.module';
