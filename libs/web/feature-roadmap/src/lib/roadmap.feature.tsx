import TimelineIcon from '@mui/icons-material/Timeline';
import type { WebFeature } from '@orbita/web/core';
import { ActivityPage } from './activity-page/activity-page';
import './i18n';
import { RoadmapPage } from './roadmap-page/roadmap-page';

export const roadmapFeature: WebFeature = {
  nav: [{ label: 'roadmap', path: '/roadmap', icon: <TimelineIcon />, permission: 'roadmap:read' }],
  routes: [
    { path: '/roadmap', element: <RoadmapPage /> },
    { path: '/roadmap/activities/:id', element: <ActivityPage /> },
  ],
};
