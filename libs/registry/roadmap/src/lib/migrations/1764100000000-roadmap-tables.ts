import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roadmaps, their stages, activities and expected documents; evidence (description and bytes apart);
 * what the deadline check has announced. Runs after the organisations migration: activities refer to
 * `organisations` and `people`.
 */
export class RoadmapTables1764100000000 implements MigrationInterface {
  name = 'RoadmapTables1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE roadmaps (
        id            uuid PRIMARY KEY,
        programme_code text    NOT NULL,
        school_year   int      NOT NULL CHECK (school_year BETWEEN 2000 AND 2100),
        title         text     NOT NULL,
        approved      boolean  NOT NULL DEFAULT false,
        approved_by   text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (programme_code, school_year)
      )`);
    await queryRunner.query(`
      CREATE TABLE roadmap_stages (
        id         uuid PRIMARY KEY,
        roadmap_id uuid NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
        number     int  NOT NULL CHECK (number > 0),
        title      text NOT NULL,
        UNIQUE (roadmap_id, number)
      )`);
    await queryRunner.query(`
      CREATE TABLE roadmap_activities (
        id                 uuid PRIMARY KEY,
        roadmap_id         uuid   NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
        stage_id           uuid   NOT NULL REFERENCES roadmap_stages (id),
        number             text   NOT NULL,
        position           int    NOT NULL,
        title              text   NOT NULL,
        details            text[] NOT NULL DEFAULT '{}',
        participant_kinds  text[] NOT NULL DEFAULT '{}' CHECK (participant_kinds <@ ARRAY[
          'foundation', 'department', 'regional_centre', 'schools', 'partner_universities', 'partner_enterprises', 'other'
        ]),
        participants_text  text   NOT NULL,
        window_kind        text   NOT NULL CHECK (window_kind IN ('dates', 'monthly', 'during_year')),
        window_from        date,
        window_to          date,
        window_text        text   NOT NULL,
        milestones         jsonb  NOT NULL DEFAULT '[]',
        deadlines          date[] NOT NULL CHECK (cardinality(deadlines) > 0),
        window_end         date   NOT NULL,
        status             text   NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done')),
        responsible_roles  text[] NOT NULL DEFAULT '{}',
        version            int    NOT NULL DEFAULT 1,
        updated_at         timestamptz NOT NULL DEFAULT now(),
        UNIQUE (roadmap_id, number),
        CHECK ((window_kind = 'dates') = (window_to IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX roadmap_activities_window_end ON roadmap_activities (window_end)');
    await queryRunner.query(`
      CREATE TABLE roadmap_activity_participants (
        activity_id     uuid NOT NULL REFERENCES roadmap_activities (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        PRIMARY KEY (activity_id, organisation_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE roadmap_activity_responsibles (
        activity_id uuid NOT NULL REFERENCES roadmap_activities (id) ON DELETE CASCADE,
        person_id   uuid NOT NULL REFERENCES people (id),
        PRIMARY KEY (activity_id, person_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX roadmap_activity_responsibles_person ON roadmap_activity_responsibles (person_id)',
    );
    await queryRunner.query(`
      CREATE TABLE roadmap_deliverables (
        id          uuid PRIMARY KEY,
        activity_id uuid NOT NULL REFERENCES roadmap_activities (id) ON DELETE CASCADE,
        position    int  NOT NULL,
        title       text NOT NULL,
        UNIQUE (activity_id, position)
      )`);
    await queryRunner.query(`
      CREATE TABLE roadmap_evidence (
        id             uuid PRIMARY KEY,
        activity_id    uuid NOT NULL REFERENCES roadmap_activities (id) ON DELETE CASCADE,
        deliverable_id uuid NOT NULL REFERENCES roadmap_deliverables (id) ON DELETE CASCADE,
        school_id      uuid REFERENCES organisations (id),
        file_name      text NOT NULL,
        format         text NOT NULL,
        content_type   text NOT NULL,
        size_bytes     int  NOT NULL CHECK (size_bytes > 0),
        sha256         text NOT NULL,
        uploaded_by    uuid NOT NULL,
        uploaded_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX roadmap_evidence_deliverable ON roadmap_evidence (deliverable_id, school_id)',
    );
    await queryRunner.query('CREATE INDEX roadmap_evidence_activity ON roadmap_evidence (activity_id)');
    await queryRunner.query(`
      CREATE TABLE evidence_files (
        evidence_id uuid  PRIMARY KEY REFERENCES roadmap_evidence (id) ON DELETE CASCADE,
        content     bytea NOT NULL
      )`);
    // One row per announcement made: the key that keeps replicas and repeated runs from announcing twice.
    await queryRunner.query(`
      CREATE TABLE roadmap_announcements (
        activity_id  uuid NOT NULL REFERENCES roadmap_activities (id) ON DELETE CASCADE,
        kind         text NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
        deadline     date NOT NULL,
        announced_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (activity_id, kind, deadline)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'roadmap_announcements',
      'evidence_files',
      'roadmap_evidence',
      'roadmap_deliverables',
      'roadmap_activity_responsibles',
      'roadmap_activity_participants',
      'roadmap_activities',
      'roadmap_stages',
      'roadmaps',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
