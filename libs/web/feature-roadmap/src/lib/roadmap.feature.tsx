import TimelineIcon from '@mui/icons-material/Timeline';
import { lazyPage, type WebFeature } from '@orbita/web/core';

const pages = () => import('./pages');
const ActivityPage = lazyPage(pages, 'ActivityPage');
const RoadmapPage = lazyPage(pages, 'RoadmapPage');

export const roadmapFeature: WebFeature = {
  nav: [{ label: 'roadmap', path: '/roadmap', icon: <TimelineIcon />, permission: 'roadmap:read' }],
  routes: [
    { path: '/roadmap', element: <RoadmapPage /> },
    { path: '/roadmap/activities/:id', element: <ActivityPage /> },
  ],
};
