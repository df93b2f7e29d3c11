import { STORED_DOCUMENT_COLUMNS } from '@orbita/projects/documents';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The evidence file of each credit fact, kept here (the transfer bucket only carries it). */
export class ProjectsCreditFactEvidence1767312000000 implements MigrationInterface {
  name = 'ProjectsCreditFactEvidence1767312000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE credit_fact_evidence (
        fact_id      uuid PRIMARY KEY REFERENCES credit_facts (id),${STORED_DOCUMENT_COLUMNS}
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE credit_fact_evidence');
  }
}
