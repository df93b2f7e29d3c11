import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who attended each course of teachers, as the registry last announced it (the highest version), for
 * «обучено педагогов» in the programme table (a webinar's row lists no one). Not a read model the rebuild empties: it follows its own
 * consumer (`trainings`), not `analytics`.
 */
export class TrainedTeachers1767600000000 implements MigrationInterface {
  name = 'TrainedTeachers1767600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE training_attendance (
        training_id uuid    PRIMARY KEY,
        version     integer NOT NULL,
        school_year integer NOT NULL,
        -- [{ "personId": …, "schoolId": … }]
        attendees   jsonb   NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX training_attendance_school_year ON training_attendance (school_year)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE training_attendance');
  }
}
