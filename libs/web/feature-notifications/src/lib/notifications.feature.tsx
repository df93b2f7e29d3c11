import NotificationsIcon from '@mui/icons-material/Notifications';
import type { WebFeature } from '@orbita/web/core';
import { NotificationsPage } from './feed-page/notifications-page';
import './i18n';
import { NotificationSettingsPage } from './settings-page/notification-settings-page';

export const notificationsFeature: WebFeature = {
  nav: [{ label: 'notifications', path: '/notifications', icon: <NotificationsIcon />, permission: 'notifications:read' }],
  routes: [
    { path: '/notifications', element: <NotificationsPage /> },
    { path: '/notifications/settings', element: <NotificationSettingsPage /> },
  ],
};
