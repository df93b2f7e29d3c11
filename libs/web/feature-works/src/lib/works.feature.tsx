import AssignmentIcon from '@mui/icons-material/Assignment';
import { PageHeader, type WebFeature } from '@orbita/web/core';

export const worksFeature: WebFeature = {
  nav: [{ label: 'works', path: '/works', icon: <AssignmentIcon /> }],
  routes: [{ path: '/works', element: <PageHeader title="works" /> }],
};
