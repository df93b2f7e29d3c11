import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Conflicts of interest declared by experts, confirmed by the coordinator. */
export class ProjectsDeclaredConflicts1767270000000 implements MigrationInterface {
  name = 'ProjectsDeclaredConflicts1767270000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE declared_conflicts (
        expert_person_id uuid NOT NULL,
        work_id          uuid NOT NULL REFERENCES works (id),
        reason           text NOT NULL,
        declared_at      timestamptz NOT NULL DEFAULT now(),
        confirmed_at     timestamptz,
        PRIMARY KEY (expert_person_id, work_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE declared_conflicts');
  }
}
