import BarChartIcon from '@mui/icons-material/BarChart';
import type { WebFeature } from '@orbita/web/core';
import { ProgressPage } from './progress/progress-page';
import { SchoolAnalyticsPage } from './school/school-analytics-page';
import { WorkAnalyticsPage } from './work/work-analytics-page';
import { WorksPage } from './works/works-page';
import './i18n';

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
