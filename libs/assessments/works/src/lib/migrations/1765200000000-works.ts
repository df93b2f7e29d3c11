import type { MigrationInterface, QueryRunner } from 'typeorm';

// A frozen copy of WORK_KINDS as this migration created the check: a new kind needs its own migration.
const WORK_KINDS = ['selection', 'intermediate', 'final', 'invitational', 'olympiad', 'teacher_competency'];

/** Diagnostic works, their blueprint versions and the participant codes issued for them. */
export class AssessmentsWorks1765200000000 implements MigrationInterface {
  name = 'AssessmentsWorks1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE works (
        id              uuid PRIMARY KEY,
        current_version integer NOT NULL CHECK (current_version >= 1),
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE work_versions (
        work_id        uuid NOT NULL REFERENCES works (id),
        version        integer NOT NULL CHECK (version >= 1),
        kind           text NOT NULL CHECK (kind IN (${WORK_KINDS.map((kind) => `'${kind}'`).join(', ')})),
        title          text NOT NULL,
        subject        text NOT NULL,
        grades         smallint[] NOT NULL,
        school_year    smallint NOT NULL,
        window_from    date NOT NULL,
        window_to      date NOT NULL CHECK (window_to >= window_from),
        tasks          jsonb NOT NULL,
        levels         jsonb NOT NULL,
        school_ids     uuid[] NOT NULL,
        open_codes     boolean NOT NULL,
        max_total      numeric(9, 2) NOT NULL,
        published_at   timestamptz NOT NULL,
        published_by   uuid,
        protocol_count integer NOT NULL DEFAULT 0 CHECK (protocol_count >= 0),
        revision       integer NOT NULL DEFAULT 1,
        PRIMARY KEY (work_id, version)
      )`);
    await queryRunner.query('CREATE INDEX work_versions_school_ids_idx ON work_versions USING gin (school_ids)');
    await queryRunner.query(`
      CREATE TABLE participant_code_series (
        work_id       uuid NOT NULL REFERENCES works (id),
        school_id     uuid NOT NULL,
        school_number integer NOT NULL,
        next_serial   integer NOT NULL,
        PRIMARY KEY (work_id, school_id),
        CONSTRAINT participant_code_series_school_number_key UNIQUE (work_id, school_number)
      )`);
    await queryRunner.query(`
      CREATE TABLE participant_codes (
        work_id   uuid NOT NULL REFERENCES works (id),
        code      text NOT NULL,
        school_id uuid NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        issued_by uuid,
        PRIMARY KEY (work_id, code)
      )`);
    await queryRunner.query('CREATE INDEX participant_codes_school_idx ON participant_codes (work_id, school_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE participant_codes, participant_code_series, work_versions, works');
  }
}
