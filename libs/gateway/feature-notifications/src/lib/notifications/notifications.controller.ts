import { resource, route } from '@orbita/gateway/resources';
import { NOTIFICATION_SORT_FIELDS, NOTIFICATIONS_RPC } from '@orbita/notifications/rpc';

/**
 * `/api/v1/notifications`: the caller's own in-app feed (the registry person of their account). Every
 * role has it; nobody sees or marks another person's notifications (404).
 */
export const NotificationsController = resource({
  name: 'Notifications',
  path: 'notifications',
  tag: 'notifications',
  routes: [
    route.get('', 'list', NOTIFICATIONS_RPC.listNotifications, {
      summary: 'My notifications, newest first (unread=true: unread only; page)',
      description: 'One page of the feed; empty for an account without a registry person',
      list: { sortable: NOTIFICATION_SORT_FIELDS, search: 'Part of the title or text' },
      problems: [400],
    }),
    route.get('unread-count', 'unreadCount', NOTIFICATIONS_RPC.countUnread, {
      summary: 'How many of my notifications are unread (for the bell badge)',
      description: 'The count',
      problems: [400],
    }),
    route.post('read-all', 'markAllRead', NOTIFICATIONS_RPC.markAllRead, {
      summary: 'Mark all my notifications (or all of one kind) read',
      description: 'How many were marked',
      status: 200,
      inQuery: true,
      problems: [400],
    }),
    route.post(':id/read', 'markRead', NOTIFICATIONS_RPC.markRead, {
      summary: 'Mark one of my notifications read (again: no change)',
      description: 'The notification, with its read time',
      status: 200,
      problems: [400, 404],
    }),
  ],
});
