import GroupsIcon from '@mui/icons-material/Groups';
import { PageHeader, type WebFeature } from '@orbita/web/core';

export const classesFeature: WebFeature = {
  nav: [{ label: 'classes', path: '/classes', icon: <GroupsIcon /> }],
  routes: [{ path: '/classes', element: <PageHeader title="classes" /> }],
};
