import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programme table's read model, fed by enrollment's events (school names come from `schools`):
 * each class at its highest revision with its teachers, and which students are in which class now.
 */
export class ProgrammeTable1765400000000 implements MigrationInterface {
  name = 'ProgrammeTable1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programme_classes (
        class_id         uuid        PRIMARY KEY,
        school_id        uuid        NOT NULL,
        programme_code   text        NOT NULL,
        school_year      integer     NOT NULL,
        grade            integer     NOT NULL,
        label            text        NOT NULL,
        profile_subjects text[]      NOT NULL,
        delivery         text        NOT NULL,
        -- [{ personId, subject }] as the latest revision lists them.
        teachers         jsonb       NOT NULL,
        revision         integer     NOT NULL,
        -- When the class's first event occurred: the table lists schools and classes in that order.
        formed_at        timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX programme_classes_table_idx ON programme_classes (programme_code, school_year)',
    );
    await queryRunner.query(`
      CREATE TABLE programme_students (
        student_id uuid NOT NULL,
        class_id   uuid NOT NULL,
        PRIMARY KEY (class_id, student_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE programme_students');
    await queryRunner.query('DROP TABLE programme_classes');
  }
}
