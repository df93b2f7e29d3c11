import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How many works each school may send from a stage to the final: a stage setting, no longer the caller's. */
export class ProjectsNominationQuota1767323000000 implements MigrationInterface {
  name = 'ProjectsNominationQuota1767323000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE stages
        ADD COLUMN nomination_quota integer NOT NULL DEFAULT 3 CHECK (nomination_quota BETWEEN 0 AND 100)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE stages DROP COLUMN nomination_quota');
  }
}
