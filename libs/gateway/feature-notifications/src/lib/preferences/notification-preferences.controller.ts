import { resource, route } from '@orbita/gateway/resources';
import { NOTIFICATIONS_RPC } from '@orbita/notifications/rpc';

/** `/api/v1/notification-preferences`: which kinds of my notifications also come by e-mail. */
export const NotificationPreferencesController = resource({
  name: 'NotificationPreferences',
  path: 'notification-preferences',
  tag: 'notifications',
  audit: 'notification-preferences',
  routes: [
    route.get('', 'get', NOTIFICATIONS_RPC.getPreferences, {
      summary: 'My e-mail setting per notification kind (the feed always shows every kind)',
      description: 'Every kind (or the one asked for) with its setting',
      problems: [400],
    }),
    route.put('', 'update', NOTIFICATIONS_RPC.updatePreferences, {
      summary: 'Turn e-mail of some notification kinds on or off',
      description: 'Every kind with its setting after the change',
      problems: [400, 409],
    }),
  ],
});
