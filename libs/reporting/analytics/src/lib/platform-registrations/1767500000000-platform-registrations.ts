import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Sirius.Schools platform's registrations as the integration service last counted them (one row, the
 * latest by `counted_at`), and each school's id on the platform, to find a school's figure among them.
 * Not a read model the rebuild empties: it follows its own consumer (`registrations`), not `analytics`.
 */
export class PlatformRegistrations1767500000000 implements MigrationInterface {
  name = 'PlatformRegistrations1767500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE schools ADD COLUMN sirius_id text');
    await queryRunner.query(`
      CREATE TABLE platform_registrations (
        latest     boolean     PRIMARY KEY DEFAULT true CHECK (latest),
        run_id     uuid        NOT NULL,
        counted_at timestamptz NOT NULL,
        registered integer     NOT NULL,
        -- { "<school's platform id>": people registered there (students and teachers) }
        schools    jsonb       NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE platform_registrations');
    await queryRunner.query('ALTER TABLE schools DROP COLUMN sirius_id');
  }
}
