import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The registry's schools and people (ids only, from its events): what enrollment's records may name. */
export class EnrollmentDirectory1765300000003 implements MigrationInterface {
  name = 'EnrollmentDirectory1765300000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE known_schools (school_id uuid PRIMARY KEY)');
    await queryRunner.query('CREATE TABLE known_people (person_id uuid PRIMARY KEY, school_id uuid)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE known_people');
    await queryRunner.query('DROP TABLE known_schools');
  }
}
