import SyncIcon from '@mui/icons-material/Sync';
import { lazyPage, type WebFeature } from '@orbita/web/core';

const pages = () => import('./pages');
const IntegrationPage = lazyPage(pages, 'IntegrationPage');
const SchoolReportPage = lazyPage(pages, 'SchoolReportPage');

/**
 * The sync with the Sirius.Schools platform: the regional centre's status, runs, parked runs and schools'
 * reconciliation; a school's mismatch report (for a school coordinator, its own school's, under its own
 * menu label).
 */
export const integrationFeature: WebFeature = {
  nav: [
    {
      label: 'integration',
      schoolLabel: 'schoolIntegration',
      path: '/integration',
      icon: <SyncIcon />,
      permission: 'integration:reconcile',
    },
  ],
  routes: [
    { path: '/integration', element: <IntegrationPage /> },
    { path: '/integration/schools/:schoolId', element: <SchoolReportPage /> },
  ],
};
