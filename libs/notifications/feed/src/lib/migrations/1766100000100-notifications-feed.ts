import type { MigrationInterface, QueryRunner } from 'typeorm';

const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

// Frozen copy of the kinds as this migration created them: a new kind needs its own migration.
const NOTIFICATION_KINDS = [
  'protocol_submitted',
  'protocol_accepted',
  'protocol_returned',
  'analytics_updated',
  'roadmap_due_soon',
  'roadmap_overdue',
];

/**
 * The notifications service's read model of the registry (people, schools, participation) and of works,
 * the in-app feed and the e-mail preferences. The read model is fed by events only: rows are replaced by
 * newer versions, never edited here.
 */
export class NotificationsFeed1766100000100 implements MigrationInterface {
  name = 'NotificationsFeed1766100000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE known_people (
        person_id       uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        school_id       uuid,
        roles           text[] NOT NULL,
        email           text,
        active          boolean NOT NULL,
        version         integer NOT NULL,
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX known_people_school_id_idx ON known_people (school_id)');
    await queryRunner.query('CREATE INDEX known_people_roles_idx ON known_people USING gin (roles)');

    await queryRunner.query(`
      CREATE TABLE known_schools (
        school_id  uuid PRIMARY KEY,
        short_name text NOT NULL,
        full_name  text NOT NULL,
        active     boolean NOT NULL,
        version    integer NOT NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE known_works (
        work_id uuid PRIMARY KEY,
        title   text NOT NULL,
        version integer NOT NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE school_participations (
        participation_id uuid PRIMARY KEY,
        school_id        uuid NOT NULL,
        programme_code   text NOT NULL,
        school_year      integer NOT NULL,
        active           boolean NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX school_participations_year_idx ON school_participations (school_year) WHERE active',
    );

    await queryRunner.query(`
      CREATE TABLE notifications (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id  uuid NOT NULL,
        kind       text NOT NULL CONSTRAINT notifications_kind_check CHECK (kind IN (${sqlList(NOTIFICATION_KINDS)})),
        title      text NOT NULL,
        text       text NOT NULL,
        link       text NOT NULL,
        event_id   uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at    timestamptz,
        CONSTRAINT notifications_event_person_key UNIQUE (event_id, person_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX notifications_feed_idx ON notifications (person_id, created_at DESC, id DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX notifications_unread_idx ON notifications (person_id) WHERE read_at IS NULL',
    );

    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        person_id     uuid NOT NULL,
        kind          text NOT NULL CONSTRAINT notification_preferences_kind_check CHECK (kind IN (${sqlList(NOTIFICATION_KINDS)})),
        email_enabled boolean NOT NULL,
        updated_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, kind)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'notification_preferences',
      'notifications',
      'school_participations',
      'known_works',
      'known_schools',
      'known_people',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
