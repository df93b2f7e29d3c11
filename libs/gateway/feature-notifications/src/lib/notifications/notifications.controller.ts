import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { type Page } from '@orbita/contracts';
import {
  NOTIFICATION_SORT_FIELDS,
  NOTIFICATIONS_RPC,
  type MarkAllReadView,
  type NotificationView,
  type UnreadCountView,
} from '@orbita/notifications/rpc';
import { CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import {
  MarkedAllRead,
  Notification,
  NotificationKindParams,
  NotificationListParams,
  NotificationPage,
  UnreadCount,
} from './notification.dto';

/**
 * `/api/v1/notifications`: the caller's own in-app feed (the registry person of their account). Every
 * role has it; nobody sees or marks another person's notifications (404).
 */
@ApiTags('notifications')
@Controller('notifications')
@RequirePermission('notifications:read')
export class NotificationsController {
  constructor(@Inject(ServiceClient) private readonly notifications: ServiceClient) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first (unread=true: unread only; page)' })
  @ApiListQuery({ sortable: NOTIFICATION_SORT_FIELDS, search: 'Part of the title or text' })
  @ApiOkResponse({
    type: NotificationPage,
    description: 'One page of the feed; empty for an account without a registry person',
  })
  @ApiProblemResponses(400)
  list(
    @Query() query: NotificationListParams,
    @CurrentActor() actor: Actor,
  ): Promise<Page<NotificationView>> {
    return this.notifications.request(NOTIFICATIONS_RPC.listNotifications, query, actor);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread (for the bell badge)' })
  @ApiOkResponse({ type: UnreadCount, description: 'The count' })
  @ApiProblemResponses(400)
  unreadCount(
    @Query() filter: NotificationKindParams,
    @CurrentActor() actor: Actor,
  ): Promise<UnreadCountView> {
    return this.notifications.request(NOTIFICATIONS_RPC.countUnread, filter, actor);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications (or all of one kind) read' })
  @ApiOkResponse({ type: MarkedAllRead, description: 'How many were marked' })
  @ApiProblemResponses(400)
  markAllRead(
    @Query() filter: NotificationKindParams,
    @CurrentActor() actor: Actor,
  ): Promise<MarkAllReadView> {
    return this.notifications.request(NOTIFICATIONS_RPC.markAllRead, filter, actor);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read (again: no change)' })
  @ApiOkResponse({ type: Notification, description: 'The notification, with its read time' })
  @ApiProblemResponses(400, 404)
  markRead(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<NotificationView> {
    return this.notifications.request(NOTIFICATIONS_RPC.markRead, { id }, actor);
  }
}
