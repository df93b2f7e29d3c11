export { projectsFeature } from './lib/projects.feature';
