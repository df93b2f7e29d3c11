export * from './lib/integration-resources.module';
