import { Injectable } from '@nestjs/common';
import { ENROLLMENT_RPC, type SyncRosterView } from '@orbita/enrollment/rpc';
import type { StudentRoster } from '@orbita/integration/reconciliation';
import { ServiceCallClient } from '@orbita/messaging';

/**
 * Our side of a school's reconciliation, from enrollment (its students in the current programme classes),
 * asked as the integration service itself: reconciliation runs after a sync run, with no user behind it.
 * Names come back in the reply; they are compared, never stored here.
 */
@Injectable()
export class EnrollmentRoster implements StudentRoster {
  constructor(private readonly calls: ServiceCallClient) {}

  roster(schoolId: string): Promise<SyncRosterView> {
    return this.calls.request(ENROLLMENT_RPC.listSyncRoster, { schoolId });
  }
}
