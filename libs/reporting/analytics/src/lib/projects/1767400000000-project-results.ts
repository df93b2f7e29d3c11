import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The project defences' and studios' read model, fed by the projects service's events (ids and codes
 * only; school names come from `schools`): works by school and subject area, nominations to the final,
 * works judged at each stage, published results and studio rankings. Every table is a set keyed by
 * ids, so an event applied twice counts once.
 */
export class ProjectResults1767400000000 implements MigrationInterface {
  name = 'ProjectResults1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE project_works (
        work_id      uuid    PRIMARY KEY,
        season_id    uuid    NOT NULL,
        school_year  integer NOT NULL,
        school_id    uuid    NOT NULL,
        subject_area text    NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX project_works_year_idx ON project_works (school_year, school_id)');
    await queryRunner.query(`
      CREATE TABLE project_nominations (
        final_stage_id uuid NOT NULL,
        school_id      uuid NOT NULL,
        work_id        uuid NOT NULL,
        PRIMARY KEY (final_stage_id, work_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE project_judged_works (
        stage_id   uuid NOT NULL,
        stage_kind text NOT NULL,
        work_id    uuid NOT NULL,
        PRIMARY KEY (stage_id, work_id)
      )`);
    await queryRunner.query('CREATE INDEX project_judged_works_work_idx ON project_judged_works (work_id)');
    await queryRunner.query(`
      CREATE TABLE project_stage_results (
        stage_id         uuid        PRIMARY KEY,
        school_year      integer     NOT NULL,
        kind             text        NOT NULL,
        awarded_work_ids uuid[]      NOT NULL,
        published_at     timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE studio_rankings (
        cycle_id          uuid        PRIMARY KEY,
        school_year       integer     NOT NULL,
        studio_count      integer     NOT NULL,
        leader_studio_ids uuid[]      NOT NULL,
        leader_school_ids uuid[]      NOT NULL,
        published_at      timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of PROJECT_RESULTS_TABLES) await queryRunner.query(`DROP TABLE ${table}`);
  }
}

/** The tables above; the rebuild empties them with the others. */
export const PROJECT_RESULTS_TABLES = [
  'project_works',
  'project_nominations',
  'project_judged_works',
  'project_stage_results',
  'studio_rankings',
] as const;
