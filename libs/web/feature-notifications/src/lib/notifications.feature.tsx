import NotificationsIcon from '@mui/icons-material/Notifications';
import { PageHeader, type WebFeature } from '@orbita/web/core';

export const notificationsFeature: WebFeature = {
  nav: [{ label: 'notifications', path: '/notifications', icon: <NotificationsIcon /> }],
  routes: [{ path: '/notifications', element: <PageHeader title="notifications" /> }],
};
