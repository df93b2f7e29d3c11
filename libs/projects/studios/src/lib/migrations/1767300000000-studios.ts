import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Studio cycles with their criteria, schools' applications, the studios approved and their credit facts. */
export class ProjectsStudios1767300000000 implements MigrationInterface {
  name = 'ProjectsStudios1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE studio_cycles (
        id                     uuid PRIMARY KEY,
        school_year            smallint NOT NULL,
        applications_open_on   date NOT NULL,
        applications_close_on  date NOT NULL,
        criteria               jsonb NOT NULL,
        leader_count           smallint NOT NULL DEFAULT 3 CHECK (leader_count >= 1),
        ranking_published_at   timestamptz,
        created_at             timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT studio_cycles_school_year_key UNIQUE (school_year),
        CHECK (applications_open_on <= applications_close_on)
      )`);
    await queryRunner.query(`
      CREATE TABLE studio_applications (
        id                      uuid PRIMARY KEY,
        cycle_id                uuid NOT NULL REFERENCES studio_cycles (id),
        school_id               uuid NOT NULL,
        direction               text NOT NULL,
        theme                   text NOT NULL,
        mentor_person_id        uuid NOT NULL,
        team_student_ids        uuid[] NOT NULL,
        partner_organisation_id uuid,
        status                  text NOT NULL
          CHECK (status IN ('submitted', 'returned', 'approved', 'rejected')),
        comment                 text,
        submitted_at            timestamptz NOT NULL,
        decided_at              timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX studio_applications_cycle_school_idx ON studio_applications (cycle_id, school_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE studios (
        id                      uuid PRIMARY KEY,
        cycle_id                uuid NOT NULL REFERENCES studio_cycles (id),
        school_id               uuid NOT NULL,
        application_id          uuid NOT NULL REFERENCES studio_applications (id),
        direction               text NOT NULL,
        theme                   text NOT NULL,
        mentor_person_id        uuid NOT NULL,
        team_student_ids        uuid[] NOT NULL,
        partner_organisation_id uuid,
        opened_at               timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT studios_application_key UNIQUE (application_id)
      )`);
    await queryRunner.query(`CREATE INDEX studios_cycle_school_idx ON studios (cycle_id, school_id)`);
    await queryRunner.query(`
      CREATE TABLE credit_facts (
        id                   uuid PRIMARY KEY,
        studio_id            uuid NOT NULL REFERENCES studios (id),
        cycle_id             uuid NOT NULL REFERENCES studio_cycles (id),
        school_id            uuid NOT NULL,
        indicator_id         text NOT NULL,
        count                integer CHECK (count >= 0),
        description          text NOT NULL,
        evidence_object_name text,
        status               text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'accepted', 'rejected')),
        rejection_reason     text,
        submitted_by         uuid NOT NULL,
        submitted_at         timestamptz NOT NULL DEFAULT now(),
        verified_at          timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX credit_facts_cycle_studio_idx ON credit_facts (cycle_id, studio_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE credit_facts`);
    await queryRunner.query(`DROP TABLE studios`);
    await queryRunner.query(`DROP TABLE studio_applications`);
    await queryRunner.query(`DROP TABLE studio_cycles`);
  }
}
