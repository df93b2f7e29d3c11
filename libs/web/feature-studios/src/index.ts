export { studiosFeature } from './lib/studios.feature';
