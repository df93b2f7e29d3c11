export { integrationFeature } from './lib/integration.feature';
