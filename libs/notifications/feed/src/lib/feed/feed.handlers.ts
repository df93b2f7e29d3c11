import { Injectable } from '@nestjs/common';
import {
  ListNotificationsQuery,
  MarkNotificationReadRequest,
  NotificationKindFilter,
  NOTIFICATIONS_RPC,
} from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { RpcHandler } from '@orbita/service-host';
import { personOf } from '../own-person';
import { FeedService } from './feed.service';

/** The caller's own feed (see personOf). */
@Injectable()
export class FeedHandlers {
  constructor(private readonly feed: FeedService) {}

  @RpcHandler(NOTIFICATIONS_RPC.listNotifications, ListNotificationsQuery)
  list(query: ListNotificationsQuery, context: RpcContext) {
    return this.feed.list(personOf(context), query);
  }

  @RpcHandler(NOTIFICATIONS_RPC.countUnread, NotificationKindFilter)
  countUnread(filter: NotificationKindFilter, context: RpcContext) {
    return this.feed.countUnread(personOf(context), filter);
  }

  @RpcHandler(NOTIFICATIONS_RPC.markRead, MarkNotificationReadRequest)
  markRead(request: MarkNotificationReadRequest, context: RpcContext) {
    return this.feed.markRead(personOf(context), request.id);
  }

  @RpcHandler(NOTIFICATIONS_RPC.markAllRead, NotificationKindFilter)
  markAllRead(filter: NotificationKindFilter, context: RpcContext) {
    return this.feed.markAllRead(personOf(context), filter);
  }
}
