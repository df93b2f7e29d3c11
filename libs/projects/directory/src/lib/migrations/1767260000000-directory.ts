import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Whom the registry and enrollment place at which school (ids only), from their events. */
export class ProjectsDirectory1767260000000 implements MigrationInterface {
  name = 'ProjectsDirectory1767260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE known_people (
        person_id       uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        school_id       uuid
      )`);
    await queryRunner.query(`
      CREATE TABLE known_students (
        student_id uuid PRIMARY KEY,
        school_id  uuid NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE known_students');
    await queryRunner.query('DROP TABLE known_people');
  }
}
