import type { MigrationInterface, QueryRunner } from 'typeorm';

const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

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

const CHECKS = [
  ['notifications', 'notifications_kind_check'],
  ['notification_preferences', 'notification_preferences_kind_check'],
] as const;

/** The integration service's notification: a school's class lists differ from the Sirius.Schools platform. */
export class PlatformMismatchNotifications1767600000100 implements MigrationInterface {
  name = 'PlatformMismatchNotifications1767600000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await setKinds(queryRunner, KINDS_AFTER);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE kind NOT IN (${sqlList(KINDS_BEFORE)})`);
    await queryRunner.query(
      `DELETE FROM notification_preferences WHERE kind NOT IN (${sqlList(KINDS_BEFORE)})`,
    );
    await setKinds(queryRunner, KINDS_BEFORE);
  }
}

async function setKinds(queryRunner: QueryRunner, kinds: readonly string[]): Promise<void> {
  for (const [table, check] of CHECKS) {
    await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${check}`);
    await queryRunner.query(
      `ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (kind IN (${sqlList(kinds)}))`,
    );
  }
}
