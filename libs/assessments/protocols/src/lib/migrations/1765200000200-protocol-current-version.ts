import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A protocol's current version is one of its own versions, or none while the transaction that creates the
 * protocol has not inserted its first: `current_version_id` becomes nullable (no protocol points at itself
 * any more) and its key names the pair (protocol, version), so another protocol's version cannot be current.
 */
export class AssessmentsProtocolCurrentVersion1765200000200 implements MigrationInterface {
  name = 'AssessmentsProtocolCurrentVersion1765200000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE protocols DROP CONSTRAINT protocols_current_version_fkey');
    await queryRunner.query('ALTER TABLE protocols ALTER COLUMN current_version_id DROP NOT NULL');
    await queryRunner.query('ALTER TABLE protocol_versions ADD CONSTRAINT protocol_versions_protocol_version_key UNIQUE (protocol_id, id)');
    await queryRunner.query(`
      ALTER TABLE protocols ADD CONSTRAINT protocols_current_version_fkey
        FOREIGN KEY (id, current_version_id) REFERENCES protocol_versions (protocol_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE protocols DROP CONSTRAINT protocols_current_version_fkey');
    await queryRunner.query('ALTER TABLE protocol_versions DROP CONSTRAINT protocol_versions_protocol_version_key');
    await queryRunner.query('UPDATE protocols SET current_version_id = id WHERE current_version_id IS NULL');
    await queryRunner.query('ALTER TABLE protocols ALTER COLUMN current_version_id SET NOT NULL');
    await queryRunner.query(`
      ALTER TABLE protocols ADD CONSTRAINT protocols_current_version_fkey
        FOREIGN KEY (current_version_id) REFERENCES protocol_versions (id) DEFERRABLE INITIALLY DEFERRED`);
  }
}
