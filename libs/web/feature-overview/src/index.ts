export { overviewFeature } from './lib/overview.feature';
