export * from './lib/enrollment-resources.module';
