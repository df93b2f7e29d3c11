import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_PAGE_SIZE, type Page } from '@orbita/contracts';
import {
  type ListNotificationsQuery,
  type MarkAllReadView,
  type NotificationKindFilter,
  type NotificationView,
  type UnreadCountView,
} from '@orbita/notifications/rpc';
import { findPage } from '@orbita/persistence';
import { DataSource, IsNull, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { plainText, type RenderedNotification } from '../templates/notification-templates';
import { NotificationNotFound } from '../notifications.exceptions';
import { Notification, notificationView } from './notification.entity';

/**
 * Each person's in-app feed. Every method serves one person, the caller's; `undefined` (an account not
 * linked to a person) has an empty feed.
 */
@Injectable()
export class FeedService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Adds the notification to each person's feed, once per event (inside the event's transaction). */
  async record(
    manager: EntityManager,
    eventId: string,
    personIds: readonly string[],
    notification: RenderedNotification,
  ): Promise<void> {
    if (personIds.length === 0) return;
    await manager.query(
      `INSERT INTO notifications (person_id, kind, title, text, link, event_id)
       SELECT person_id, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) AS recipients (person_id)
       ON CONFLICT ON CONSTRAINT notifications_event_person_key DO NOTHING`,
      [personIds, notification.kind, notification.title, plainText(notification), notification.link, eventId],
    );
  }

  async list(personId: string | undefined, query: ListNotificationsQuery): Promise<Page<NotificationView>> {
    if (!personId)
      return { items: [], total: 0, page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE };
    const builder = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('notification')
      .where('notification.personId = :personId', { personId });
    if (query.unread === true) builder.andWhere('notification.readAt IS NULL');
    if (query.unread === false) builder.andWhere('notification.readAt IS NOT NULL');
    if (query.kind) builder.andWhere('notification.kind = :kind', { kind: query.kind });
    const page = await findPage(builder, query, {
      sortable: { createdAt: 'notification.createdAt', id: 'notification.id' },
      defaultSort: '-createdAt,-id',
      searchable: ['notification.title', 'notification.text'],
    });
    return { ...page, items: page.items.map(notificationView) };
  }

  async countUnread(personId: string | undefined, filter: NotificationKindFilter): Promise<UnreadCountView> {
    if (!personId) return { unread: 0 };
    const unread = await this.dataSource.getRepository(Notification).countBy(this.unreadOf(personId, filter));
    return { unread };
  }

  /** Idempotent: a read notification keeps its first read time. Another person's answers 404. */
  async markRead(personId: string | undefined, id: string): Promise<NotificationView> {
    const repository = this.dataSource.getRepository(Notification);
    if (personId) {
      await repository.update({ id, personId, readAt: IsNull() }, { readAt: () => 'now()' });
      const notification = await repository.findOneBy({ id, personId });
      if (notification) return notificationView(notification);
    }
    throw new NotificationNotFound(id);
  }

  async markAllRead(personId: string | undefined, filter: NotificationKindFilter): Promise<MarkAllReadView> {
    if (!personId) return { marked: 0 };
    const result = await this.dataSource
      .getRepository(Notification)
      .update(this.unreadOf(personId, filter), { readAt: () => 'now()' });
    return { marked: result.affected ?? 0 };
  }

  private unreadOf(personId: string, { kind }: NotificationKindFilter): FindOptionsWhere<Notification> {
    return { personId, readAt: IsNull(), ...(kind ? { kind } : {}) };
  }
}
