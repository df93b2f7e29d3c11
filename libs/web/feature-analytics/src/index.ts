export { analyticsFeature } from './lib/analytics.feature';
