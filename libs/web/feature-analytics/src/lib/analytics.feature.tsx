import BarChartIcon from '@mui/icons-material/BarChart';
import { PageHeader, type WebFeature } from '@orbita/web/core';

export const analyticsFeature: WebFeature = {
  nav: [{ label: 'analytics', path: '/analytics', icon: <BarChartIcon /> }],
  routes: [{ path: '/analytics', element: <PageHeader title="analytics" /> }],
};
