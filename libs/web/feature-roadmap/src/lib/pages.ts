// The feature's screens and its translations: one chunk, fetched on the first visit to any of them.
import './i18n';
export { ActivityPage } from './activity-page/activity-page';
export { RoadmapPage } from './roadmap-page/roadmap-page';
