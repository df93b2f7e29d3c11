import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mass-deletion guard: a run's active→tobedeleted transitions are staged on the record (applied when the
 * run succeeds or is approved, dropped when it is rejected); a parked run keeps the schools that parked it.
 */
export class IntegrationDeletionGuard1767510000000 implements MigrationInterface {
  name = 'IntegrationDeletionGuard1767510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE sync_runs
        DROP CONSTRAINT sync_runs_status_check,
        ADD CONSTRAINT sync_runs_status_check
          CHECK (status IN ('running', 'succeeded', 'failed', 'parked', 'rejected')),
        ADD COLUMN parked_schools jsonb NOT NULL DEFAULT '[]'`);
    // A parked run holds the platform as a running one does: nothing starts beside either.
    await queryRunner.query('DROP INDEX sync_runs_one_running');
    await queryRunner.query(
      `CREATE UNIQUE INDEX sync_runs_one_unfinished ON sync_runs ((true)) WHERE status IN ('running', 'parked')`,
    );
    await queryRunner.query(`
      ALTER TABLE external_records
        ADD COLUMN pending_run_id      uuid,
        ADD COLUMN pending_data        jsonb,
        ADD COLUMN pending_modified_at timestamptz,
        ADD CONSTRAINT external_records_pending_whole
          CHECK (num_nulls(pending_run_id, pending_data, pending_modified_at) IN (0, 3))`);
    await queryRunner.query(
      'CREATE INDEX external_records_pending ON external_records (pending_run_id) WHERE pending_run_id IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX external_records_pending');
    await queryRunner.query(`
      ALTER TABLE external_records
        DROP CONSTRAINT external_records_pending_whole,
        DROP COLUMN pending_run_id, DROP COLUMN pending_data, DROP COLUMN pending_modified_at`);
    await queryRunner.query('DROP INDEX sync_runs_one_unfinished');
    await queryRunner.query(
      `CREATE UNIQUE INDEX sync_runs_one_running ON sync_runs ((true)) WHERE status = 'running'`,
    );
    await queryRunner.query(`
      ALTER TABLE sync_runs
        DROP COLUMN parked_schools,
        DROP CONSTRAINT sync_runs_status_check,
        ADD CONSTRAINT sync_runs_status_check CHECK (status IN ('running', 'succeeded', 'failed'))`);
  }
}
