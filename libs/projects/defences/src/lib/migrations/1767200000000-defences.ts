import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Seasons with their two stages, sections, works and their schedule, rubric versions, assignments, sheets. */
export class ProjectsDefences1767200000000 implements MigrationInterface {
  name = 'ProjectsDefences1767200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE seasons (
        id          uuid PRIMARY KEY,
        school_year smallint NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT seasons_school_year_key UNIQUE (school_year)
      )`);
    await queryRunner.query(`
      CREATE TABLE stages (
        id               uuid PRIMARY KEY,
        season_id        uuid NOT NULL REFERENCES seasons (id),
        kind             text NOT NULL CHECK (kind IN ('school', 'final')),
        starts_on        date NOT NULL,
        ends_on          date NOT NULL,
        status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        rubric_frozen_at timestamptz,
        closed_at        timestamptz,
        CONSTRAINT stages_kind_key UNIQUE (season_id, kind),
        CHECK (starts_on <= ends_on)
      )`);
    await queryRunner.query(`
      CREATE TABLE sections (
        id           uuid PRIMARY KEY,
        season_id    uuid NOT NULL REFERENCES seasons (id),
        subject_area text NOT NULL,
        title        text NOT NULL,
        expert_ids   uuid[] NOT NULL,
        CONSTRAINT sections_subject_area_key UNIQUE (season_id, subject_area)
      )`);
    await queryRunner.query(`
      CREATE TABLE works (
        id                      uuid PRIMARY KEY,
        season_id               uuid NOT NULL REFERENCES seasons (id),
        school_id               uuid NOT NULL,
        title                   text NOT NULL,
        kind                    text NOT NULL CHECK (kind IN ('project', 'research')),
        subject_area            text NOT NULL,
        author_ids              uuid[] NOT NULL CHECK (cardinality(author_ids) BETWEEN 1 AND 3),
        supervisor_id           uuid NOT NULL,
        partner_organisation_id uuid,
        consultant_id           uuid,
        abstract                text NOT NULL,
        registered_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX works_school_idx ON works (season_id, school_id)');
    await queryRunner.query(`
      CREATE TABLE schedule_entries (
        work_id     uuid NOT NULL REFERENCES works (id),
        stage_id    uuid NOT NULL REFERENCES stages (id),
        day         date NOT NULL,
        place       text,
        online_link text,
        position    integer NOT NULL,
        PRIMARY KEY (work_id, stage_id),
        CHECK (place IS NOT NULL OR online_link IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE rubric_versions (
        id         uuid PRIMARY KEY,
        stage_id   uuid NOT NULL REFERENCES stages (id),
        version    integer NOT NULL,
        criteria   jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rubric_versions_version_key UNIQUE (stage_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE assignments (
        stage_id          uuid NOT NULL REFERENCES stages (id),
        work_id           uuid NOT NULL REFERENCES works (id),
        expert_person_id  uuid NOT NULL,
        assigned_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assignments_pkey PRIMARY KEY (stage_id, work_id, expert_person_id)
      )`);
    await queryRunner.query('CREATE INDEX assignments_expert_idx ON assignments (expert_person_id)');
    await queryRunner.query(`
      CREATE TABLE sheets (
        id                uuid PRIMARY KEY,
        stage_id          uuid NOT NULL,
        work_id           uuid NOT NULL,
        expert_person_id  uuid NOT NULL,
        status            text NOT NULL CHECK (status IN ('draft', 'submitted', 'reopened')),
        rubric_version_id uuid REFERENCES rubric_versions (id),
        scores            jsonb NOT NULL,
        comment           text NOT NULL DEFAULT '',
        submission        integer NOT NULL DEFAULT 0,
        submitted_at      timestamptz,
        reopen_reason     text,
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sheets_assignment_key UNIQUE (stage_id, work_id, expert_person_id),
        FOREIGN KEY (stage_id, work_id, expert_person_id) REFERENCES assignments (stage_id, work_id, expert_person_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'sheets',
      'assignments',
      'rubric_versions',
      'schedule_entries',
      'works',
      'sections',
      'stages',
      'seasons',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
