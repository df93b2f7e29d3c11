import AssignmentIcon from '@mui/icons-material/Assignment';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { WebFeature } from '@orbita/web/core';
import './i18n';
import { CompletenessBoardPage } from './completeness/completeness-board-page';
import { CompletenessWorksPage } from './completeness/completeness-works-page';
import { ProtocolReviewPage } from './protocol-review/protocol-review-page';
import { WorkPage } from './work-page/work-page';
import { WorksListPage } from './works-list/works-list-page';

/** Diagnostic works, the schools' protocols (upload, submit, review) and the completeness board. */
export const worksFeature: WebFeature = {
  nav: [
    { label: 'works', path: '/works', icon: <AssignmentIcon />, permission: 'works:read' },
    { label: 'completeness', path: '/completeness', icon: <FactCheckIcon />, permission: 'protocols:review' },
  ],
  routes: [
    { path: '/works', element: <WorksListPage /> },
    { path: '/works/:workId', element: <WorkPage /> },
    { path: '/works/:workId/schools/:schoolId', element: <WorkPage /> },
    { path: '/works/:workId/completeness', element: <CompletenessBoardPage /> },
    { path: '/completeness', element: <CompletenessWorksPage /> },
    { path: '/protocols/:protocolId', element: <ProtocolReviewPage /> },
  ],
};
