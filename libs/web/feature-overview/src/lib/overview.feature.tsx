import InsightsIcon from '@mui/icons-material/Insights';
import { PageHeader, type WebFeature } from '@orbita/web/core';

export const overviewFeature: WebFeature = {
  nav: [{ label: 'overview', path: '/', icon: <InsightsIcon /> }],
  routes: [{ path: '/', element: <PageHeader title="overview" /> }],
};
