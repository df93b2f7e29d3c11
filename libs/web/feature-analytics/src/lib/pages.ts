// The feature's screens and its translations: one chunk, fetched on the first visit to any of them.
import './i18n';
export { ProgressPage } from './progress/progress-page';
export { SchoolAnalyticsPage } from './school/school-analytics-page';
export { WorkAnalyticsPage } from './work/work-analytics-page';
export { WorksPage } from './works/works-page';
