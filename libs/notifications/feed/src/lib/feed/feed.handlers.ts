import { Injectable } from '@nestjs/common';
import type { Actor } from '@orbita/auth';
import {
  ListNotificationsQuery,
  MarkNotificationReadRequest,
  NotificationKindFilter,
  NOTIFICATIONS_RPC,
} from '@orbita/notifications/rpc';
import { RpcHandler } from '@orbita/service-host';
import { personOf } from '../own-person';
import { FeedService } from './feed.service';

/** The caller's own feed (see personOf). */
@Injectable()
export class FeedHandlers {
  constructor(private readonly feed: FeedService) {}

  @RpcHandler(NOTIFICATIONS_RPC.listNotifications)
  list(query: ListNotificationsQuery, actor: Actor) {
    return this.feed.list(personOf(actor), query);
  }

  @RpcHandler(NOTIFICATIONS_RPC.countUnread)
  countUnread(filter: NotificationKindFilter, actor: Actor) {
    return this.feed.countUnread(personOf(actor), filter);
  }

  @RpcHandler(NOTIFICATIONS_RPC.markRead)
  markRead(request: MarkNotificationReadRequest, actor: Actor) {
    return this.feed.markRead(personOf(actor), request.id);
  }

  @RpcHandler(NOTIFICATIONS_RPC.markAllRead)
  markAllRead(filter: NotificationKindFilter, actor: Actor) {
    return this.feed.markAllRead(personOf(actor), filter);
  }
}
