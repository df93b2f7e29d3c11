export { roadmapFeature } from './lib/roadmap.feature';
