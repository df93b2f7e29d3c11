export * from './lib/projects-resources.module';
