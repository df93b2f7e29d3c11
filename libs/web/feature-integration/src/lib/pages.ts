// The feature's screens and its translations: one chunk, fetched on the first visit to any of them.
import './i18n';
export { IntegrationPage } from './integration-page';
export { SchoolReportPage } from './report/school-report-page';
