import { Body, Controller, Get, Inject, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { NOTIFICATIONS_RPC, type NotificationPreferencesView } from '@orbita/notifications/rpc';
import { AuditResource, CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { NotificationKindParams } from '../notifications/notification.dto';
import { NotificationPreferences, UpdateNotificationPreferences } from './notification-preferences.dto';

/** `/api/v1/notification-preferences`: which kinds of my notifications also come by e-mail. */
@ApiTags('notifications')
@Controller('notification-preferences')
@RequirePermission('notifications:read')
@AuditResource('notification-preferences')
export class NotificationPreferencesController {
  constructor(@Inject(ServiceClient) private readonly notifications: ServiceClient) {}

  @Get()
  @ApiOperation({ summary: 'My e-mail setting per notification kind (the feed always shows every kind)' })
  @ApiOkResponse({
    type: NotificationPreferences,
    description: 'Every kind (or the one asked for) with its setting',
  })
  @ApiProblemResponses(400)
  get(
    @Query() filter: NotificationKindParams,
    @CurrentActor() actor: Actor,
  ): Promise<NotificationPreferencesView> {
    return this.notifications.request(NOTIFICATIONS_RPC.getPreferences, filter, actor);
  }

  @Put()
  @ApiOperation({ summary: 'Turn e-mail of some notification kinds on or off' })
  @ApiOkResponse({
    type: NotificationPreferences,
    description: 'Every kind with its setting after the change',
  })
  @ApiProblemResponses(400, 409)
  update(
    @Body() body: UpdateNotificationPreferences,
    @CurrentActor() actor: Actor,
  ): Promise<NotificationPreferencesView> {
    return this.notifications.request(NOTIFICATIONS_RPC.updatePreferences, body, actor);
  }
}
