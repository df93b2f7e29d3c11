export * from './lib/projects-config';
export * from './lib/projects.service-definition';
