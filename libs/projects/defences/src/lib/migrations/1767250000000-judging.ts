import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each stage turns sheets into results (aggregation, divergence threshold, award rule), and why the
 * automatic assignment picked an expert (null for an assignment made by hand).
 */
export class ProjectsJudging1767250000000 implements MigrationInterface {
  name = 'ProjectsJudging1767250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE stages
        ADD COLUMN aggregation text NOT NULL DEFAULT 'mean'
          CHECK (aggregation IN ('mean', 'median', 'trimmedMean')),
        ADD COLUMN divergence_threshold double precision NOT NULL DEFAULT 20
          CHECK (divergence_threshold BETWEEN 0 AND 100),
        ADD COLUMN award_rule jsonb NOT NULL DEFAULT '{"by": "rank", "first": 1, "second": 3, "third": 6}'`);
    await queryRunner.query('ALTER TABLE assignments ADD COLUMN pick_reason jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE assignments DROP COLUMN pick_reason');
    await queryRunner.query(
      'ALTER TABLE stages DROP COLUMN award_rule, DROP COLUMN divergence_threshold, DROP COLUMN aggregation',
    );
  }
}
