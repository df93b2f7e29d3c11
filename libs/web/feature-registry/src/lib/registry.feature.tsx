import SchoolIcon from '@mui/icons-material/School';
import { PageHeader, type WebFeature } from '@orbita/web/core';

export const registryFeature: WebFeature = {
  nav: [{ label: 'schools', path: '/schools', icon: <SchoolIcon /> }],
  routes: [{ path: '/schools', element: <PageHeader title="schools" /> }],
};
