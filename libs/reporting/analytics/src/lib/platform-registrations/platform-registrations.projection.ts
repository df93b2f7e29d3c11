import { REGISTRATIONS_COUNTED_V1, type RegistrationsCountedV1 } from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { OnEvent, type OnEventOptions } from '@orbita/service-host';

/** The durable consumer `reporting_registrations` on the INTEGRATION stream. */
export const REGISTRATIONS_CONSUMER: OnEventOptions = { durable: 'registrations', deliverFrom: 'all' };

/**
 * The platform's registrations for the programme table: each count replaces the previous one, unless it
 * was counted earlier than the one kept (an older event arriving late, or a replay).
 */
export class PlatformRegistrationsProjection {
  @OnEvent(REGISTRATIONS_COUNTED_V1, REGISTRATIONS_CONSUMER)
  async counted(counted: RegistrationsCountedV1, { manager }: EventContext) {
    const schools = Object.fromEntries(
      counted.schools.map((school) => [school.schoolExternalId, school.students + school.teachers]),
    );
    await manager.query(
      `INSERT INTO platform_registrations (run_id, counted_at, registered, schools) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (latest) DO UPDATE SET
         run_id = EXCLUDED.run_id, counted_at = EXCLUDED.counted_at, registered = EXCLUDED.registered,
         schools = EXCLUDED.schools
       WHERE platform_registrations.counted_at < EXCLUDED.counted_at`,
      [counted.runId, counted.countedAt, counted.registered, JSON.stringify(schools)],
    );
  }
}
