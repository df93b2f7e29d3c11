import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting's read models, fed only by events (see projection/):
 *
 * - facts as the events tell them: blueprint versions (`works`), schools, protocol versions with their
 *   chunks and rows, and each chunk's rows summed up as it arrives (`chunk_score_counts`: participants
 *   per class and total; `chunk_task_scores`: participants per class, task and score);
 * - figures derived from the facts per work × school × class, replaced as a whole when a school's
 *   counted versions change: the frequency of each total (`score_counts`: mean, median, deviation,
 *   histogram and levels of any group come from it) and per-task sums (`task_results`);
 * - `school_results`: which versions a school's figures come from, to tell when they change.
 *
 * Class, school and region figures are sums over these tables, so a protocol updates its own school only,
 * and a recompute sums a few thousand chunk summaries instead of scanning 10,000 rows' scores.
 */
export class ReportingReadModels1765300000000 implements MigrationInterface {
  name = 'ReportingReadModels1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE works (
        work_id      uuid        NOT NULL,
        version      integer     NOT NULL,
        kind         text        NOT NULL,
        title        text        NOT NULL,
        subject      text        NOT NULL,
        grades       integer[]   NOT NULL,
        school_year  integer     NOT NULL,
        window_from  timestamptz NOT NULL,
        window_to    timestamptz NOT NULL,
        tasks        jsonb       NOT NULL,
        levels       jsonb       NOT NULL,
        -- Max score per task in task-number order: max_scores[n] is task n's.
        max_scores   numeric[]   NOT NULL,
        max_total    numeric     NOT NULL,
        school_ids   uuid[]      NOT NULL,
        PRIMARY KEY (work_id, version)
      )`);
    await queryRunner.query('CREATE INDEX works_progress_idx ON works (subject, school_year, kind)');

    await queryRunner.query(`
      CREATE TABLE schools (
        school_id       uuid    PRIMARY KEY,
        municipality_id uuid    NOT NULL,
        short_name      text    NOT NULL,
        full_name       text    NOT NULL,
        active          boolean NOT NULL,
        version         integer NOT NULL
      )`);

    // A row appears with whichever event of the version comes first; the submitted event fills in the rest.
    await queryRunner.query(`
      CREATE TABLE protocol_versions (
        version_id          uuid PRIMARY KEY,
        protocol_id         uuid        NOT NULL,
        work_id             uuid        NOT NULL,
        school_id           uuid        NOT NULL,
        version_number      integer,
        work_version        integer,
        row_count           integer,
        chunk_count         integer,
        replaces_version_id uuid,
        submitted_at        timestamptz,
        accepted_at         timestamptz,
        returned_at         timestamptz
      )`);
    await queryRunner.query(
      'CREATE INDEX protocol_versions_school_idx ON protocol_versions (work_id, school_id)',
    );
    await queryRunner.query('CREATE INDEX protocol_versions_protocol_idx ON protocol_versions (protocol_id)');
    await queryRunner.query(
      'CREATE INDEX protocol_versions_replaces_idx ON protocol_versions (replaces_version_id)',
    );

    await queryRunner.query(`
      CREATE TABLE protocol_chunks (
        version_id  uuid    NOT NULL,
        chunk_index integer NOT NULL,
        row_count   integer NOT NULL,
        PRIMARY KEY (version_id, chunk_index)
      )`);

    await queryRunner.query(`
      CREATE TABLE protocol_rows (
        version_id       uuid      NOT NULL,
        chunk_index      integer   NOT NULL,
        position         integer   NOT NULL,
        participant_code text      NOT NULL,
        class_label      text      NOT NULL,
        scores           numeric[] NOT NULL,
        total            numeric   NOT NULL,
        PRIMARY KEY (version_id, chunk_index, position)
      )`);

    await queryRunner.query(`
      CREATE TABLE chunk_score_counts (
        version_id   uuid    NOT NULL,
        chunk_index  integer NOT NULL,
        class_label  text    NOT NULL,
        total        numeric NOT NULL,
        participants integer NOT NULL,
        PRIMARY KEY (version_id, chunk_index, class_label, total)
      )`);

    await queryRunner.query(`
      CREATE TABLE chunk_task_scores (
        version_id   uuid    NOT NULL,
        chunk_index  integer NOT NULL,
        class_label  text    NOT NULL,
        task_number  integer NOT NULL,
        score        numeric NOT NULL,
        participants integer NOT NULL,
        PRIMARY KEY (version_id, chunk_index, class_label, task_number, score)
      )`);

    await queryRunner.query(`
      CREATE TABLE school_results (
        work_id      uuid        NOT NULL,
        school_id    uuid        NOT NULL,
        version_ids  uuid[]      NOT NULL,
        participants integer     NOT NULL,
        updated_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (work_id, school_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE score_counts (
        work_id      uuid    NOT NULL,
        school_id    uuid    NOT NULL,
        class_label  text    NOT NULL,
        total        numeric NOT NULL,
        participants integer NOT NULL,
        PRIMARY KEY (work_id, school_id, class_label, total)
      )`);

    await queryRunner.query(`
      CREATE TABLE task_results (
        work_id       uuid    NOT NULL,
        school_id     uuid    NOT NULL,
        class_label   text    NOT NULL,
        task_number   integer NOT NULL,
        participants  integer NOT NULL,
        score_sum     numeric NOT NULL,
        full_count    integer NOT NULL,
        partial_count integer NOT NULL,
        zero_count    integer NOT NULL,
        PRIMARY KEY (work_id, school_id, class_label, task_number)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'task_results',
      'score_counts',
      'school_results',
      'chunk_task_scores',
      'chunk_score_counts',
      'protocol_rows',
      'protocol_chunks',
      'protocol_versions',
      'schools',
      'works',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
