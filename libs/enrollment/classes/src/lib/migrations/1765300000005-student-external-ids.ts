import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A student's id on the Sirius.Schools platform, once the integration service linked them. */
export class EnrollmentStudentExternalIds1765300000005 implements MigrationInterface {
  name = 'EnrollmentStudentExternalIds1765300000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE students ADD COLUMN external_id text');
    // One of a school's students per platform person; the platform's ids are its own, so per school.
    await queryRunner.query(
      'CREATE UNIQUE INDEX students_external_id_key ON students (school_id, external_id) WHERE external_id IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX students_external_id_key');
    await queryRunner.query('ALTER TABLE students DROP COLUMN external_id');
  }
}
