import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { toBoolean } from '../common/field-decorators';
import { ListQuery } from '../common/list-query';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds';

/**
 * Request/reply subjects of the notifications service (`<service>.<verb>.<noun>`). Every one serves the
 * person of the request's actor (`actor.personId`) and no one else: an account without a person has an
 * empty feed.
 */
export const NOTIFICATIONS_RPC = {
  listNotifications: 'notifications.list.notifications',
  countUnread: 'notifications.count.unread',
  markRead: 'notifications.mark.read',
  markAllRead: 'notifications.mark.all-read',
  getPreferences: 'notifications.get.preferences',
  updatePreferences: 'notifications.update.preferences',
} as const;

export enum NotificationsErrorCode {
  /** Not there, or another person's: the two answer alike. */
  NOTIFICATION_NOT_FOUND = 'NOTIFICATIONS.NOTIFICATION_NOT_FOUND',
  /** The account is not linked to a registry person, so it has no notifications to configure. */
  ACCOUNT_WITHOUT_PERSON = 'NOTIFICATIONS.ACCOUNT_WITHOUT_PERSON',
}

/** Fields `sort` accepts on the feed. */
export const NOTIFICATION_SORT_FIELDS = ['createdAt', 'id'] as const;

/** The feed, newest first; `unread=true` keeps the unread ones; `q` searches titles and texts. */
export class ListNotificationsQuery extends ListQuery {
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;

  @IsOptional()
  @IsIn(NOTIFICATION_KINDS)
  kind?: NotificationKind;
}

export class MarkNotificationReadRequest {
  @IsUUID()
  id!: string;
}

/** Narrows a request about the caller's notifications or preferences to one kind; all kinds without it. */
export class NotificationKindFilter {
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS)
  kind?: NotificationKind;
}

export class NotificationPreferenceChange {
  @IsIn(NOTIFICATION_KINDS)
  kind!: NotificationKind;

  /** Whether this kind also comes by e-mail. */
  @IsBoolean()
  email!: boolean;
}

/** Kinds left out keep their setting. */
export class UpdateNotificationPreferencesRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ArrayUnique((change: NotificationPreferenceChange) => change.kind)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceChange)
  items!: NotificationPreferenceChange[];
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  /** One line, also the e-mail's subject. */
  title: string;
  /** Plain text, may span lines. */
  text: string;
  /** Path in the web UI the notification is about (`/protocols/…`). */
  link: string;
  /** ISO timestamps; `readAt` null while unread. */
  createdAt: string;
  readAt: string | null;
}

export interface UnreadCountView {
  unread: number;
}

export interface MarkAllReadView {
  /** Notifications that were unread and are read now. */
  marked: number;
}

export interface NotificationPreferenceView {
  kind: NotificationKind;
  label: string;
  email: boolean;
  /** Always true: the feed shows every kind. */
  inApp: true;
}

export interface NotificationPreferencesView {
  items: NotificationPreferenceView[];
}
