import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Selection campaigns and their candidates; the local copy of diagnostic works and participants' scores
 * (from assessments' events) and the links between students and their participant codes.
 */
export class EnrollmentSelection1765300000001 implements MigrationInterface {
  name = 'EnrollmentSelection1765300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE diagnostic_works (
        work_id     uuid PRIMARY KEY,
        kind        text NOT NULL,
        subject     text NOT NULL,
        title       text NOT NULL,
        school_year smallint NOT NULL,
        grades      smallint[] NOT NULL,
        window_from date NOT NULL,
        version     integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE participant_scores (
        work_id          uuid NOT NULL,
        participant_code text NOT NULL,
        school_id        uuid NOT NULL,
        version_id       uuid NOT NULL,
        class_label      text NOT NULL,
        total            numeric(9, 2) NOT NULL,
        PRIMARY KEY (work_id, participant_code)
      )`);
    await queryRunner.query(
      'CREATE INDEX participant_scores_school_idx ON participant_scores (work_id, school_id)',
    );
    await queryRunner.query(`
      CREATE TABLE participant_links (
        work_id          uuid NOT NULL,
        participant_code text NOT NULL,
        student_id       uuid NOT NULL REFERENCES students (id),
        PRIMARY KEY (work_id, participant_code),
        CONSTRAINT participant_links_student_key UNIQUE (student_id, work_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE selection_campaigns (
        id          uuid PRIMARY KEY,
        school_id   uuid NOT NULL,
        grade       smallint NOT NULL CHECK (grade BETWEEN 1 AND 11),
        school_year smallint NOT NULL,
        basis       text NOT NULL CHECK (basis IN ('work', 'oge')),
        work_id     uuid,
        threshold   numeric(9, 2) NOT NULL CHECK (threshold >= 0),
        quota       integer NOT NULL CHECK (quota >= 1),
        ranked_at   timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CHECK ((basis = 'work') = (work_id IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE selection_candidates (
        id               uuid PRIMARY KEY,
        campaign_id      uuid NOT NULL REFERENCES selection_campaigns (id),
        student_id       uuid REFERENCES students (id),
        participant_code text,
        score            numeric(9, 2) NOT NULL,
        extra_score      numeric(9, 2),
        rank             integer,
        eligible         boolean NOT NULL DEFAULT false,
        recommended      boolean NOT NULL DEFAULT false,
        CHECK (student_id IS NOT NULL OR participant_code IS NOT NULL)
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX selection_candidates_student_key ON selection_candidates (campaign_id, student_id)',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX selection_candidates_code_key ON selection_candidates (campaign_id, participant_code)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TABLE selection_candidates, selection_campaigns, participant_links, participant_scores, diagnostic_works',
    );
  }
}
