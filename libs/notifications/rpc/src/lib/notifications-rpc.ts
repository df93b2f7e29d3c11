import { defineRpc, pageOf } from '@orbita/contracts';
import {
  ListNotificationsQuery,
  MarkAllReadView,
  MarkNotificationReadRequest,
  NotificationKindFilter,
  NotificationView,
  UnreadCountView,
} from './feed';
import { NotificationPreferencesView, UpdateNotificationPreferencesRequest } from './preferences';

/**
 * Request/reply operations of the notifications service (`<service>.<verb>.<noun>`). Every one serves
 * the person of the request's actor (`actor.personId`) and no one else, so the answer is `open`: an
 * account without a person has an empty feed.
 */
export const NOTIFICATIONS_RPC = {
  listNotifications: defineRpc({
    subject: 'notifications.list.notifications',
    request: ListNotificationsQuery,
    response: pageOf(NotificationView),
    permission: 'notifications:read',
    scope: 'open',
  }),
  countUnread: defineRpc({
    subject: 'notifications.count.unread',
    request: NotificationKindFilter,
    response: UnreadCountView,
    permission: 'notifications:read',
    scope: 'open',
  }),
  markRead: defineRpc({
    subject: 'notifications.mark.read',
    request: MarkNotificationReadRequest,
    response: NotificationView,
    permission: 'notifications:read',
    scope: 'open',
  }),
  markAllRead: defineRpc({
    subject: 'notifications.mark.all-read',
    request: NotificationKindFilter,
    response: MarkAllReadView,
    permission: 'notifications:read',
    scope: 'open',
  }),
  getPreferences: defineRpc({
    subject: 'notifications.get.preferences',
    request: NotificationKindFilter,
    response: NotificationPreferencesView,
    permission: 'notifications:read',
    scope: 'open',
  }),
  updatePreferences: defineRpc({
    subject: 'notifications.update.preferences',
    request: UpdateNotificationPreferencesRequest,
    response: NotificationPreferencesView,
    permission: 'notifications:read',
    scope: 'open',
  }),
};

export enum NotificationsErrorCode {
  /** Not there, or another person's: the two answer alike. */
  NOTIFICATION_NOT_FOUND = 'NOTIFICATIONS.NOTIFICATION_NOT_FOUND',
  /** The account is not linked to a registry person, so it has no notifications to configure. */
  ACCOUNT_WITHOUT_PERSON = 'NOTIFICATIONS.ACCOUNT_WITHOUT_PERSON',
}
