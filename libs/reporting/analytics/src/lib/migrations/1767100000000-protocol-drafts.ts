import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `protocol_drafts`: the latest unsubmitted upload of each work × school (`assessments.protocol.drafted.v1`),
 * so that the completeness board tells a school with a draft from one that did nothing. No figures use it.
 */
export class ProtocolDrafts1767100000000 implements MigrationInterface {
  name = 'ProtocolDrafts1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE protocol_drafts (
        work_id        uuid        NOT NULL,
        school_id      uuid        NOT NULL,
        protocol_id    uuid        NOT NULL,
        version_number integer     NOT NULL,
        drafted_at     timestamptz NOT NULL,
        PRIMARY KEY (work_id, school_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE protocol_drafts');
  }
}
