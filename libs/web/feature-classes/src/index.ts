export { classesFeature } from './lib/classes.feature';
