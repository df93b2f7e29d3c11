export { registryFeature } from './lib/registry.feature';
