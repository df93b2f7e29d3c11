import InsightsIcon from '@mui/icons-material/Insights';
import { lazyPage, useCan, type WebFeature } from '@orbita/web/core';

const pages = () => import('./pages');
const RegionOverview = lazyPage(pages, 'RegionOverview');
const Welcome = lazyPage(pages, 'Welcome');

/**
 * The start page: the programme table (the region's, or a school account's own) for roles that read
 * reports, a welcome with links for the others.
 */
function OverviewPage() {
  const can = useCan();
  return can('reports:read') ? <RegionOverview /> : <Welcome />;
}

export const overviewFeature: WebFeature = {
  nav: [{ label: 'overview', schoolLabel: 'schoolOverview', path: '/', icon: <InsightsIcon /> }],
  routes: [{ path: '/', element: <OverviewPage /> }],
};
