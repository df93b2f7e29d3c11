import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which school each participant code was issued to (from assessments' events): links name only one's own. */
export class EnrollmentIssuedCodes1765300000002 implements MigrationInterface {
  name = 'EnrollmentIssuedCodes1765300000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE issued_participant_codes (
        work_id          uuid NOT NULL,
        participant_code text NOT NULL,
        school_id        uuid NOT NULL,
        PRIMARY KEY (work_id, participant_code)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE issued_participant_codes');
  }
}
