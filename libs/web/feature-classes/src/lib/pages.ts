// The feature's screens and its translations: one chunk, fetched on the first visit to any of them.
import './i18n';
export { ClassListPage } from './class-list/class-list-page';
export { ClassPage } from './class-page/class-page';
export { StudentPage } from './student-page/student-page';
export { CampaignListPage } from './selection/campaign-list-page';
export { CampaignPage } from './selection/campaign-page';
