import { Module } from '@nestjs/common';
import { NotificationPreferencesController } from './preferences/notification-preferences.controller';
import { NotificationsController } from './notifications/notifications.controller';

/** The notifications service's REST resources: the caller's feed and e-mail preferences. */
@Module({ controllers: [NotificationsController, NotificationPreferencesController] })
export class NotificationsResourcesModule {}
