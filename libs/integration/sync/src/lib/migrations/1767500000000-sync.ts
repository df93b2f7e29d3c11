import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sync runs, the cursor of the last good one, and the platform's records as last read. */
export class IntegrationSync1767500000000 implements MigrationInterface {
  name = 'IntegrationSync1767500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sync_runs (
        id           uuid PRIMARY KEY,
        trigger      text        NOT NULL CHECK (trigger IN ('manual', 'scheduled')),
        status       text        NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
        requested_by uuid,
        started_at   timestamptz NOT NULL,
        finished_at  timestamptz,
        attempts     int         NOT NULL CHECK (attempts > 0),
        changes_since timestamptz,
        cursor       timestamptz NOT NULL,
        kind         text        CHECK (kind IN ('orgs', 'users', 'classes', 'enrollments')),
        kind_offset  int         NOT NULL DEFAULT 0,
        heartbeat_at timestamptz NOT NULL,
        counts       jsonb       NOT NULL,
        errors       jsonb       NOT NULL DEFAULT '[]'
      )`);
    await queryRunner.query('CREATE INDEX sync_runs_started_at ON sync_runs (started_at DESC)');
    // One unfinished run at a time (a crashed one is resumed, never run beside).
    await queryRunner.query(
      `CREATE UNIQUE INDEX sync_runs_one_running ON sync_runs ((true)) WHERE status = 'running'`,
    );
    await queryRunner.query(`
      CREATE TABLE sync_cursors (
        source text PRIMARY KEY,
        cursor timestamptz NOT NULL,
        run_id uuid NOT NULL REFERENCES sync_runs (id)
      )`);
    // The platform's records as last read (kind: orgs, users, classes, enrollments), keyed by its ids.
    await queryRunner.query(`
      CREATE TABLE external_records (
        kind                text        NOT NULL,
        source_id           text        NOT NULL,
        status              text        NOT NULL CHECK (status IN ('active', 'tobedeleted')),
        data                jsonb       NOT NULL,
        modified_at         timestamptz NOT NULL,
        first_run_id        uuid        NOT NULL,
        last_changed_run_id uuid        NOT NULL,
        updated_at          timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, source_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE external_records');
    await queryRunner.query('DROP TABLE sync_cursors');
    await queryRunner.query('DROP TABLE sync_runs');
  }
}
