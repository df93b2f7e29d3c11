import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `school_results.provisional`: a school's figures come from at least one version the regional centre has
 * not accepted yet. The projection sets it at the next recompute; `nx run reporting:rebuild` sets it for
 * figures made before.
 */
export class ProvisionalResults1767000000000 implements MigrationInterface {
  name = 'ProvisionalResults1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE school_results ADD COLUMN provisional boolean NOT NULL DEFAULT false',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE school_results DROP COLUMN provisional');
  }
}
