export { worksFeature } from './lib/works.feature';
