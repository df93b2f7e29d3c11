import InsightsIcon from '@mui/icons-material/Insights';
import { useCan, type WebFeature } from '@orbita/web/core';
import { RegionOverview } from './region-overview/region-overview';
import { Welcome } from './welcome/welcome';
import './i18n';

/** The start page: the programme table for roles that read reports, a welcome with links for the others. */
function OverviewPage() {
  const can = useCan();
  return can('reports:read') ? <RegionOverview /> : <Welcome />;
}

export const overviewFeature: WebFeature = {
  nav: [{ label: 'overview', path: '/', icon: <InsightsIcon /> }],
  routes: [{ path: '/', element: <OverviewPage /> }],
};
