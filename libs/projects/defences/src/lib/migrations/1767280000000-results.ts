import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Works nominated from the school stage to the final, and when a stage's results were published. */
export class ProjectsResults1767280000000 implements MigrationInterface {
  name = 'ProjectsResults1767280000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE nominations (
        work_id        uuid PRIMARY KEY REFERENCES works (id),
        school_id      uuid NOT NULL,
        final_stage_id uuid NOT NULL REFERENCES stages (id),
        nominated_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX nominations_final_stage_idx ON nominations (final_stage_id)');
    await queryRunner.query('ALTER TABLE stages ADD COLUMN results_published_at timestamptz');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE stages DROP COLUMN results_published_at');
    await queryRunner.query('DROP TABLE nominations');
  }
}
