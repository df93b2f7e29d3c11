// The feature's screens and its translations: one chunk, fetched on the first visit to any of them.
import './i18n';
export { SeasonListPage } from './seasons/season-list-page';
export { StagePage } from './stage/stage-page';
export { MyWorksPage } from './expert/my-works-page';
export { SheetPage } from './expert/sheet-page';
export { ProjectWorksPage } from './school-works/project-works-page';
