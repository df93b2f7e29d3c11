import BarChartIcon from '@mui/icons-material/BarChart';
import { lazyPage, type WebFeature } from '@orbita/web/core';

const pages = () => import('./pages');
const ProgressPage = lazyPage(pages, 'ProgressPage');
const SchoolAnalyticsPage = lazyPage(pages, 'SchoolAnalyticsPage');
const WorkAnalyticsPage = lazyPage(pages, 'WorkAnalyticsPage');
const WorksPage = lazyPage(pages, 'WorksPage');

/** Results of diagnostic works: the region, a school against the region, intermediate → final. */
export const analyticsFeature: WebFeature = {
  nav: [{ label: 'analytics', path: '/analytics', icon: <BarChartIcon />, permission: 'analytics:read' }],
  routes: [
    { path: '/analytics', element: <WorksPage /> },
    { path: '/analytics/progress', element: <ProgressPage /> },
    { path: '/analytics/works/:workId', element: <WorkAnalyticsPage /> },
    { path: '/analytics/works/:workId/schools/:schoolId', element: <SchoolAnalyticsPage /> },
  ],
};
