import { Injectable } from '@nestjs/common';
import {
  NotificationKindFilter,
  NOTIFICATIONS_RPC,
  UpdateNotificationPreferencesRequest,
} from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { RpcHandler } from '@orbita/service-host';
import { personOf } from '../own-person';
import { PreferencesService } from './preferences.service';

/** The caller's own preferences (see personOf). */
@Injectable()
export class PreferencesHandlers {
  constructor(private readonly preferences: PreferencesService) {}

  @RpcHandler(NOTIFICATIONS_RPC.getPreferences, NotificationKindFilter)
  get(filter: NotificationKindFilter, context: RpcContext) {
    return this.preferences.get(personOf(context), filter);
  }

  @RpcHandler(NOTIFICATIONS_RPC.updatePreferences, UpdateNotificationPreferencesRequest)
  update(request: UpdateNotificationPreferencesRequest, context: RpcContext) {
    return this.preferences.update(personOf(context), request);
  }
}
