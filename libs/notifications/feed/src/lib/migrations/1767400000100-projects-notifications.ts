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
];
const KINDS_AFTER = [
  ...KINDS_BEFORE,
  'project_works_assigned',
  'project_sheets_due_soon',
  'project_works_nominated',
  'project_results_published',
  'studio_application_decided',
  'credit_fact_verified',
];

/**
 * The projects service's notifications: their kinds, and the read model they need — each expert's
 * assignments with whether the sheet is in (for the reminder before a stage ends), the schools whose
 * works a stage judged (for its results), the stages closed, and the reminders sent (once per expert and stage).
 */
export class ProjectsNotifications1767400000100 implements MigrationInterface {
  name = 'ProjectsNotifications1767400000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await setNotificationKinds(queryRunner, KINDS_AFTER);
    await queryRunner.query(`
      CREATE TABLE project_assignments (
        stage_id         uuid    NOT NULL,
        work_id          uuid    NOT NULL,
        expert_person_id uuid    NOT NULL,
        -- Unknown while only the sheet's submission has arrived.
        stage_kind       text,
        stage_ends_on    date,
        submitted        boolean NOT NULL DEFAULT false,
        PRIMARY KEY (stage_id, work_id, expert_person_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX project_assignments_due_idx ON project_assignments (stage_ends_on) WHERE NOT submitted',
    );
    await queryRunner.query(`
      CREATE TABLE project_judged_works (
        stage_id  uuid NOT NULL,
        work_id   uuid NOT NULL,
        school_id uuid NOT NULL,
        PRIMARY KEY (stage_id, work_id)
      )`);
    await queryRunner.query('CREATE TABLE project_closed_stages (stage_id uuid PRIMARY KEY)');
    await queryRunner.query(`
      CREATE TABLE project_sheet_reminders (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        stage_id         uuid NOT NULL,
        expert_person_id uuid NOT NULL,
        CONSTRAINT project_sheet_reminders_once UNIQUE (stage_id, expert_person_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'project_sheet_reminders',
      'project_closed_stages',
      'project_judged_works',
      'project_assignments',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
    await restoreNotificationKinds(queryRunner, KINDS_BEFORE);
  }
}
