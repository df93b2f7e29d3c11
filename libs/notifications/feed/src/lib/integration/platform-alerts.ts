import { Inject, Injectable } from '@nestjs/common';
import { MISMATCHES_FOUND_V1, type MismatchesFoundV1 } from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { OnEvent } from '@orbita/service-host';
import { Alerts } from '../alerts/alerts.service';
import { Directory } from '../directory/directory.service';
import { ALERTS_CONSUMER } from '../event-consumers';

/**
 * The integration service's notification rule, on the `alerts` consumer: a school's coordinators hear when
 * reconciling its class lists with the Sirius.Schools platform found new mismatches (counts only: the names
 * are in the report, behind the school's login).
 */
@Injectable()
export class PlatformAlerts {
  constructor(
    @Inject(Alerts) private readonly alerts: Alerts,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  @OnEvent(MISMATCHES_FOUND_V1, ALERTS_CONSUMER)
  async mismatchesFound(event: MismatchesFoundV1, context: EventContext) {
    await this.alerts.notify(
      context,
      { kind: 'school_coordinators', schoolId: event.schoolId },
      {
        kind: 'platform_mismatches_found',
        schoolName: await this.directory.schoolName(context.manager, event.schoolId),
        newMismatches: event.newMismatches,
        openMismatches: event.openMismatches,
      },
    );
  }
}
