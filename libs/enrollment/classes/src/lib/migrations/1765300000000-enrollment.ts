import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen copies as this migration created the checks: a new value needs its own migration.
const DELIVERIES = ['lessons', 'lessons_and_extracurricular'];
const BASES = ['work', 'oge', 'transfer', 'other'];
const inList = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/** Subjects, programme classes, students, enrollment orders and class memberships. */
export class Enrollment1765300000000 implements MigrationInterface {
  name = 'Enrollment1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE subjects (
        code  text PRIMARY KEY,
        title text NOT NULL
      )`);
    await queryRunner.query(`
      INSERT INTO subjects (code, title) VALUES
        ('math', 'Математика'), ('physics', 'Физика'), ('informatics', 'Информатика'),
        ('chemistry', 'Химия'), ('biology', 'Биология')`);
    await queryRunner.query(`
      CREATE TABLE programme_classes (
        id               uuid PRIMARY KEY,
        school_id        uuid NOT NULL,
        programme_code   text NOT NULL,
        school_year      smallint NOT NULL,
        grade            smallint NOT NULL CHECK (grade BETWEEN 1 AND 11),
        label            text NOT NULL,
        profile_subjects text[] NOT NULL,
        delivery         text NOT NULL CHECK (delivery IN (${inList(DELIVERIES)})),
        teachers         jsonb NOT NULL,
        revision         integer NOT NULL DEFAULT 1,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT programme_classes_label_key UNIQUE (school_id, school_year, grade, label)
      )`);
    await queryRunner.query(`
      CREATE TABLE students (
        id             uuid PRIMARY KEY,
        school_id      uuid NOT NULL,
        surname        text NOT NULL,
        name           text NOT NULL,
        patronymic     text,
        birth_date     date NOT NULL,
        gender         text CHECK (gender IN ('female', 'male')),
        parent_contact text,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX students_school_idx ON students (school_id, surname)');
    await queryRunner.query(`
      CREATE TABLE enrollment_orders (
        id          uuid PRIMARY KEY,
        school_id   uuid NOT NULL,
        number      text NOT NULL,
        date        date NOT NULL,
        scan_object text,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT enrollment_orders_number_key UNIQUE (school_id, number, date)
      )`);
    // A student is in at most one programme class per school year: the open membership of a year is unique.
    await queryRunner.query(`
      CREATE TABLE class_memberships (
        id              uuid PRIMARY KEY,
        student_id      uuid NOT NULL REFERENCES students (id),
        class_id        uuid NOT NULL REFERENCES programme_classes (id),
        school_year     smallint NOT NULL,
        order_id        uuid NOT NULL REFERENCES enrollment_orders (id),
        enrolled_on     date NOT NULL,
        basis_kind      text NOT NULL CHECK (basis_kind IN (${inList(BASES)})),
        basis_score     numeric(9, 2),
        basis_threshold numeric(9, 2),
        basis_rank      integer,
        ended_on        date,
        end_reason      text CHECK (end_reason IN ('withdrawn', 'transferred')),
        reason_code     text,
        reason_text     text,
        CHECK ((ended_on IS NULL) = (end_reason IS NULL))
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX class_memberships_one_class_per_year_key ON class_memberships (student_id, school_year) WHERE ended_on IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX class_memberships_class_idx ON class_memberships (class_id) WHERE ended_on IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TABLE class_memberships, enrollment_orders, students, programme_classes, subjects',
    );
  }
}
