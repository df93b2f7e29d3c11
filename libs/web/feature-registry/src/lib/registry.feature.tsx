import DescriptionIcon from '@mui/icons-material/Description';
import HandshakeIcon from '@mui/icons-material/Handshake';
import SchoolIcon from '@mui/icons-material/School';
import { lazyPage, type WebFeature } from '@orbita/web/core';
import type { ReactNode } from 'react';
import { RequirePermission } from './shared/guard';

const pages = () => import('./pages');
const AgreementPage = lazyPage(pages, 'AgreementPage');
const AgreementsPage = lazyPage(pages, 'AgreementsPage');
const PartnerCardPage = lazyPage(pages, 'PartnerCardPage');
const PartnersPage = lazyPage(pages, 'PartnersPage');
const SchoolCardPage = lazyPage(pages, 'SchoolCardPage');
const SchoolsPage = lazyPage(pages, 'SchoolsPage');

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
    { path: '/partners', element: guarded('partners:read', <PartnersPage />) },
    { path: '/partners/:id', element: guarded('partners:read', <PartnerCardPage />) },
    { path: '/agreements', element: guarded('agreements:read', <AgreementsPage />) },
    { path: '/agreements/:id', element: guarded('agreements:read', <AgreementPage />) },
  ],
};
