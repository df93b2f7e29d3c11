import TimelineIcon from '@mui/icons-material/Timeline';
import { PageHeader, type WebFeature } from '@orbita/web/core';

export const roadmapFeature: WebFeature = {
  nav: [{ label: 'roadmap', path: '/roadmap', icon: <TimelineIcon /> }],
  routes: [{ path: '/roadmap', element: <PageHeader title="roadmap" /> }],
};
