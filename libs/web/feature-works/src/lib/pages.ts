// The feature's screens and its translations: one chunk, fetched on the first visit to any of them.
import './i18n';
export { CompletenessBoardPage } from './completeness/completeness-board-page';
export { CompletenessWorksPage } from './completeness/completeness-works-page';
export { ProtocolReviewPage } from './protocol-review/protocol-review-page';
export { WorkPage } from './work-page/work-page';
export { WorksListPage } from './works-list/works-list-page';
