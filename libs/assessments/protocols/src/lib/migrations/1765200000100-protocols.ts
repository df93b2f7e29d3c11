import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen copies of the lists as this migration created the checks.
const STATUSES = `'draft', 'submitted', 'accepted', 'returned'`;
const PHASES = `'reading', 'validating', 'storing', 'done', 'rejected', 'failed'`;

/** Protocols, their versions and rows, and the progress of uploads. */
export class AssessmentsProtocols1765200000100 implements MigrationInterface {
  name = 'AssessmentsProtocols1765200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE protocols (
        id                 uuid PRIMARY KEY,
        work_id            uuid NOT NULL REFERENCES works (id),
        school_id          uuid NOT NULL,
        status             text NOT NULL CHECK (status IN (${STATUSES})),
        current_version_id uuid NOT NULL,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT protocols_work_school_key UNIQUE (work_id, school_id)
      )`);
    await queryRunner.query('CREATE INDEX protocols_school_id_idx ON protocols (school_id)');
    await queryRunner.query(`
      CREATE TABLE protocol_versions (
        id                  uuid PRIMARY KEY,
        protocol_id         uuid NOT NULL REFERENCES protocols (id),
        number              integer NOT NULL CHECK (number >= 1),
        status              text NOT NULL CHECK (status IN (${STATUSES})),
        work_id             uuid NOT NULL,
        work_version        integer NOT NULL,
        row_count           integer NOT NULL,
        file_name           text NOT NULL,
        file_format         text NOT NULL CHECK (file_format IN ('xlsx', 'csv')),
        uploaded_by         uuid NOT NULL,
        uploaded_at         timestamptz NOT NULL,
        submitted_by        uuid,
        submitted_at        timestamptz,
        reviewed_by         uuid,
        reviewed_at         timestamptz,
        comment             text,
        replaces_version_id uuid REFERENCES protocol_versions (id),
        CONSTRAINT protocol_versions_number_key UNIQUE (protocol_id, number),
        FOREIGN KEY (work_id, work_version) REFERENCES work_versions (work_id, version)
      )`);
    await queryRunner.query(`
      ALTER TABLE protocols ADD CONSTRAINT protocols_current_version_fkey
        FOREIGN KEY (current_version_id) REFERENCES protocol_versions (id) DEFERRABLE INITIALLY DEFERRED`);
    await queryRunner.query(`
      CREATE TABLE protocol_rows (
        version_id       uuid NOT NULL REFERENCES protocol_versions (id) ON DELETE CASCADE,
        row_number       integer NOT NULL,
        participant_code text NOT NULL,
        class_label      text NOT NULL,
        scores           numeric(7, 2)[] NOT NULL,
        total            numeric(9, 2) NOT NULL,
        PRIMARY KEY (version_id, row_number),
        CONSTRAINT protocol_rows_code_key UNIQUE (version_id, participant_code)
      )`);
    await queryRunner.query(`
      CREATE TABLE protocol_uploads (
        id             uuid PRIMARY KEY,
        work_id        uuid NOT NULL,
        school_id      uuid NOT NULL,
        uploaded_by    uuid NOT NULL,
        phase          text NOT NULL CHECK (phase IN (${PHASES})),
        rows_processed integer NOT NULL DEFAULT 0,
        rows_total     integer,
        protocol_id    uuid,
        problem_count  integer,
        started_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX protocol_uploads_updated_at_idx ON protocol_uploads (updated_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE protocol_uploads, protocol_rows, protocols, protocol_versions CASCADE');
  }
}
