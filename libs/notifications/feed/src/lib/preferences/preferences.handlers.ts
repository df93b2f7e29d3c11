import { Injectable } from '@nestjs/common';
import type { Actor } from '@orbita/auth';
import {
  NotificationKindFilter,
  NOTIFICATIONS_RPC,
  UpdateNotificationPreferencesRequest,
} from '@orbita/notifications/rpc';
import { RpcHandler } from '@orbita/service-host';
import { personOf } from '../own-person';
import { PreferencesService } from './preferences.service';

/** The caller's own preferences (see personOf). */
@Injectable()
export class PreferencesHandlers {
  constructor(private readonly preferences: PreferencesService) {}

  @RpcHandler(NOTIFICATIONS_RPC.getPreferences)
  get(filter: NotificationKindFilter, actor: Actor) {
    return this.preferences.get(personOf(actor), filter);
  }

  @RpcHandler(NOTIFICATIONS_RPC.updatePreferences)
  update(request: UpdateNotificationPreferencesRequest, actor: Actor) {
    return this.preferences.update(personOf(actor), request);
  }
}
