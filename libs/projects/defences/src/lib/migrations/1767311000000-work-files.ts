import { STORED_DOCUMENT_COLUMNS } from '@orbita/projects/documents';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The text of each work, kept here (the transfer bucket only carries it). */
export class ProjectsWorkFiles1767311000000 implements MigrationInterface {
  name = 'ProjectsWorkFiles1767311000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE work_files (
        work_id      uuid PRIMARY KEY REFERENCES works (id),${STORED_DOCUMENT_COLUMNS}
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE work_files');
  }
}
