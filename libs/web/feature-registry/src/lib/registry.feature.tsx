import DescriptionIcon from '@mui/icons-material/Description';
import HandshakeIcon from '@mui/icons-material/Handshake';
import SchoolIcon from '@mui/icons-material/School';
import type { WebFeature } from '@orbita/web/core';
import type { ReactNode } from 'react';
import { AgreementPage } from './agreements/agreement-page';
import { AgreementsPage } from './agreements/agreements-page';
import './i18n';
import { OrganisationCardPage } from './organisations/organisation-card-page';
import { partnerEndpoints } from './organisations/organisation-endpoints';
import { OrganisationsPage } from './organisations/organisations-page';
import { SchoolCardPage, SchoolsPage } from './schools/schools-page';
import { RequirePermission } from './shared/guard';

const guarded = (permission: string, element: ReactNode) => (
  <RequirePermission permission={permission}>{element}</RequirePermission>
);

/** The registry: schools, partners and cooperation agreements, with their cards. */
export const registryFeature: WebFeature = {
  nav: [
    { label: 'schools', path: '/schools', icon: <SchoolIcon />, permission: 'schools:read' },
    { label: 'partners', path: '/partners', icon: <HandshakeIcon />, permission: 'partners:read' },
    { label: 'agreements', path: '/agreements', icon: <DescriptionIcon />, permission: 'agreements:read' },
  ],
  routes: [
    { path: '/schools', element: guarded('schools:read', <SchoolsPage />) },
    { path: '/schools/:id', element: guarded('schools:read', <SchoolCardPage />) },
    {
      path: '/partners',
      element: guarded('partners:read', <OrganisationsPage endpoints={partnerEndpoints} />),
    },
    {
      path: '/partners/:id',
      element: guarded('partners:read', <OrganisationCardPage endpoints={partnerEndpoints} />),
    },
    { path: '/agreements', element: guarded('agreements:read', <AgreementsPage />) },
    { path: '/agreements/:id', element: guarded('agreements:read', <AgreementPage />) },
  ],
};
