import type { MigrationInterface, QueryRunner } from 'typeorm';
import { restoreNotificationKinds, setNotificationKinds } from './notification-kinds';

// Frozen copies of the kinds before and after this migration: a new kind needs its own migration.
const KINDS_BEFORE = [
  'protocol_submitted',
  'protocol_accepted',
  'protocol_returned',
  'analytics_updated',
  'roadmap_due_soon',
  'roadmap_overdue',
  'project_works_assigned',
  'project_sheets_due_soon',
  'project_works_nominated',
  'project_results_published',
  'studio_application_decided',
  'credit_fact_verified',
];
const KINDS_AFTER = [...KINDS_BEFORE, 'platform_mismatches_found'];

/** The integration service's notification: a school's class lists differ from the Sirius.Schools platform. */
export class PlatformMismatchNotifications1767600000100 implements MigrationInterface {
  name = 'PlatformMismatchNotifications1767600000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await setNotificationKinds(queryRunner, KINDS_AFTER);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await restoreNotificationKinds(queryRunner, KINDS_BEFORE);
  }
}
