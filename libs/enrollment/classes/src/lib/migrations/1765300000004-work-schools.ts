import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The schools a diagnostic work expects: a school names only works it takes. */
export class EnrollmentWorkSchools1765300000004 implements MigrationInterface {
  name = 'EnrollmentWorkSchools1765300000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Null until the work's next published version tells (works known before this column).
    await queryRunner.query('ALTER TABLE diagnostic_works ADD COLUMN school_ids uuid[]');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE diagnostic_works DROP COLUMN school_ids');
  }
}
