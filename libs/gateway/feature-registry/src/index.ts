export * from './lib/registry-resources.module';
