export * from './lib/reporting-resources.module';
