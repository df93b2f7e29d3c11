// The feature's screens and its translations: one chunk, fetched on the first visit to any of them.
import './i18n';
export { CyclePage } from './cycle-page/cycle-page';
export { StudiosPage } from './cycle-list/cycle-list-page';
