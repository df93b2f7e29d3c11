import AssignmentIcon from '@mui/icons-material/Assignment';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazyPage, type WebFeature } from '@orbita/web/core';

const pages = () => import('./pages');
const CompletenessBoardPage = lazyPage(pages, 'CompletenessBoardPage');
const CompletenessWorksPage = lazyPage(pages, 'CompletenessWorksPage');
const ProtocolReviewPage = lazyPage(pages, 'ProtocolReviewPage');
const WorkPage = lazyPage(pages, 'WorkPage');
const WorksListPage = lazyPage(pages, 'WorksListPage');

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
