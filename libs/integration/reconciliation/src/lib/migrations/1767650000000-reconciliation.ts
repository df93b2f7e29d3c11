import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The registry's schools as known here, links of our students to platform accounts, mismatches, reconciliations. */
export class IntegrationReconciliation1767650000000 implements MigrationInterface {
  name = 'IntegrationReconciliation1767650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE schools (
        id         uuid PRIMARY KEY,
        sirius_id  text,
        full_name  text    NOT NULL,
        short_name text    NOT NULL,
        active     boolean NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX schools_sirius_id ON schools (sirius_id) WHERE sirius_id IS NOT NULL',
    );
    await queryRunner.query(`
      CREATE TABLE person_links (
        id          uuid PRIMARY KEY,
        school_id   uuid         NOT NULL,
        student_id  uuid         NOT NULL,
        external_id text         NOT NULL,
        status      text         NOT NULL CHECK (status IN ('linked', 'merged', 'ended')),
        method      text         NOT NULL CHECK (method IN ('external_id', 'rules')),
        confidence  numeric(3,2) NOT NULL,
        merged_into text,
        created_at  timestamptz  NOT NULL,
        ended_at    timestamptz,
        CHECK ((status = 'merged') = (merged_into IS NOT NULL))
      )`);
    // An account is linked to one student (or merged away) at a time; a student has one live link.
    await queryRunner.query(
      `CREATE UNIQUE INDEX person_links_external_id ON person_links (external_id) WHERE status <> 'ended'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX person_links_student_id ON person_links (student_id) WHERE status = 'linked'`,
    );
    await queryRunner.query('CREATE INDEX person_links_school_id ON person_links (school_id)');
    await queryRunner.query(`
      CREATE TABLE mismatches (
        id               uuid PRIMARY KEY,
        school_id        uuid         NOT NULL,
        kind             text         NOT NULL CHECK (kind IN ('link_proposed', 'platform_only', 'not_registered',
                                                               'class_differs', 'duplicate', 'deletion_proposed')),
        people_key       text         NOT NULL,
        status           text         NOT NULL CHECK (status IN ('open', 'approved', 'rejected', 'resolved')),
        student_id       uuid,
        external_ids     text[]       NOT NULL,
        confidence       numeric(3,2),
        reason           text         NOT NULL,
        detected_at      timestamptz  NOT NULL,
        decided_at       timestamptz,
        decided_by       uuid,
        comment          text,
        kept_external_id text,
        resolved_at      timestamptz,
        UNIQUE (school_id, kind, people_key)
      )`);
    await queryRunner.query(
      "CREATE INDEX mismatches_open ON mismatches (school_id, detected_at) WHERE status = 'open'",
    );
    await queryRunner.query(`
      CREATE TABLE reconciliations (
        id             uuid PRIMARY KEY,
        run_id         uuid,
        requested_by   uuid,
        school_ids     uuid[]      NOT NULL,
        new_mismatches int         NOT NULL,
        reconciled_at  timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX reconciliations_school_ids ON reconciliations USING gin (school_ids)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE reconciliations');
    await queryRunner.query('DROP TABLE mismatches');
    await queryRunner.query('DROP TABLE person_links');
    await queryRunner.query('DROP TABLE schools');
  }
}
