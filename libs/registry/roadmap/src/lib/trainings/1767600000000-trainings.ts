import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trainings of the programme's teachers (courses, webinars), optionally as outcomes of a roadmap
 * activity, and who attended: registry people, each with the school they taught at when recorded.
 */
export class Trainings1767600000000 implements MigrationInterface {
  name = 'Trainings1767600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE trainings (
        id          uuid PRIMARY KEY,
        kind        text NOT NULL CHECK (kind IN ('course', 'webinar')),
        title       text NOT NULL,
        provider    text,
        starts_on   date NOT NULL,
        ends_on     date NOT NULL,
        hours       int  CHECK (hours > 0),
        school_year int  NOT NULL,
        activity_id uuid REFERENCES roadmap_activities (id) ON DELETE SET NULL,
        version     int  NOT NULL DEFAULT 1,
        recorded_by text NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      )`);
    await queryRunner.query('CREATE INDEX trainings_school_year ON trainings (school_year)');
    await queryRunner.query(`
      CREATE TABLE training_attendees (
        training_id uuid NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
        person_id   uuid NOT NULL REFERENCES people (id),
        school_id   uuid NOT NULL REFERENCES organisations (id),
        PRIMARY KEY (training_id, person_id)
      )`);
    await queryRunner.query('CREATE INDEX training_attendees_school ON training_attendees (school_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE training_attendees');
    await queryRunner.query('DROP TABLE trainings');
  }
}
