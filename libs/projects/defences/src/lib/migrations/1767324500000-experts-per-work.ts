import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How many experts the automatic assignment gives each work: a stage setting, the caller's value only overriding it. */
export class ProjectsExpertsPerWork1767324500000 implements MigrationInterface {
  name = 'ProjectsExpertsPerWork1767324500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE stages
        ADD COLUMN experts_per_work integer NOT NULL DEFAULT 3 CHECK (experts_per_work BETWEEN 1 AND 10)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE stages DROP COLUMN experts_per_work');
  }
}
