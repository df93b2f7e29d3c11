import NotificationsIcon from '@mui/icons-material/Notifications';
import { lazyPage, type WebFeature } from '@orbita/web/core';

const pages = () => import('./pages');
const NotificationsPage = lazyPage(pages, 'NotificationsPage');
const NotificationSettingsPage = lazyPage(pages, 'NotificationSettingsPage');

export const notificationsFeature: WebFeature = {
  nav: [{ label: 'notifications', path: '/notifications', icon: <NotificationsIcon />, permission: 'notifications:read' }],
  routes: [
    { path: '/notifications', element: <NotificationsPage /> },
    { path: '/notifications/settings', element: <NotificationSettingsPage /> },
  ],
};
