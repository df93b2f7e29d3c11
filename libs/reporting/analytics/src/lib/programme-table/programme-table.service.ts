import { Injectable } from '@nestjs/common';
import { type ClassDelivery } from '@orbita/contracts';
import {
  PROFILE_DIRECTIONS,
  type ProgrammeTableQuery,
  type ProgrammeTableSchoolView,
  type ProgrammeTableView,
} from '@orbita/reporting/rpc';
import { DataSource } from 'typeorm';
import { withinScope, type SchoolScope } from '@orbita/auth';
import { deliveryName, DIRECTION_NAMES, profileCell, profileDirection } from './profiles';

interface ClassRow {
  class_id: string;
  school_id: string;
  school_name: string | null;
  sirius_id: string | null;
  municipality_id: string | null;
  grade: number;
  label: string;
  profile_subjects: string[];
  delivery: ClassDelivery;
  teacher_ids: string[];
  students: number;
}

interface RegistrationsRow {
  counted_at: Date;
  registered: number;
  /** People registered per school's platform id. */
  schools: Record<string, number>;
}

/** The programme whose classes are formed on the Sirius.Schools platform: its table shows the platform's counts. */
const PLATFORM_PROGRAMME = 'sirius_partner_schools';

/** The region's programme table (as in the half-year status report) from the programme read model. */
@Injectable()
export class ProgrammeTableService {
  constructor(private readonly dataSource: DataSource) {}

  async table(query: ProgrammeTableQuery, scope: SchoolScope): Promise<ProgrammeTableView> {
    // One statement: classes, students and teachers from one snapshot. Schools and classes in formation order.
    const rows: ClassRow[] = await this.dataSource.query(
      `SELECT c.class_id, c.school_id, s.full_name AS school_name, s.sirius_id, s.municipality_id, c.grade, c.label,
              c.profile_subjects, c.delivery,
              ARRAY(SELECT DISTINCT t->>'personId' FROM jsonb_array_elements(c.teachers) t) AS teacher_ids,
              (SELECT count(*) FROM programme_students p WHERE p.class_id = c.class_id)::integer AS students
       FROM programme_classes c
       LEFT JOIN schools s ON s.school_id = c.school_id
       WHERE c.programme_code = $1 AND c.school_year = $2
       ORDER BY min(c.formed_at) OVER (PARTITION BY c.school_id), c.school_id, c.formed_at, c.grade, c.label, c.class_id`,
      [query.programmeCode, query.schoolYear],
    );

    const registrations = await this.platformRegistrations(query);
    const trained = await this.trainedTeachers(query.schoolYear);
    const registeredAt = (siriusId: string | null) =>
      registrations && siriusId !== null ? (registrations.schools[siriusId] ?? 0) : null;
    const schools = new Map<string, ProgrammeTableSchoolView & { teacherIds: Set<string> }>();
    const directions = new Map(
      PROFILE_DIRECTIONS.map((direction) => [direction, { direction, classes: 0, students: 0 }]),
    );
    for (const row of rows) {
      let school = schools.get(row.school_id);
      if (!school) {
        school = {
          number: schools.size + 1,
          schoolId: row.school_id,
          schoolName: row.school_name,
          municipalityId: row.municipality_id,
          classes: [],
          students: 0,
          teachers: 0,
          registeredOnPlatform: registeredAt(row.sirius_id),
          teachersTrained: trained.get(row.school_id)?.size ?? 0,
          teacherIds: new Set(),
        };
        schools.set(row.school_id, school);
      }
      const direction = profileDirection(row.profile_subjects);
      school.classes.push({
        classId: row.class_id,
        grade: row.grade,
        label: row.label,
        profileSubjects: row.profile_subjects,
        profile: profileCell(row.grade, row.profile_subjects),
        delivery: row.delivery,
        deliveryName: deliveryName(row.delivery),
        direction,
        students: row.students,
        teachers: row.teacher_ids.length,
      });
      school.students += row.students;
      for (const teacherId of row.teacher_ids) school.teacherIds.add(teacherId);
      school.teachers = school.teacherIds.size;
      const total = directions.get(direction);
      if (total) {
        total.classes += 1;
        total.students += row.students;
      }
    }

    const everySchool = [...schools.values()];
    return {
      programmeCode: query.programmeCode,
      schoolYear: query.schoolYear,
      schools: everySchool
        .filter((school) => withinScope(scope, school.schoolId))
        .map(({ teacherIds: _teacherIds, ...school }) => school),
      totals: {
        schools: everySchool.length,
        classes: rows.length,
        students: everySchool.reduce((sum, school) => sum + school.students, 0),
        teachers: new Set(rows.flatMap((row) => row.teacher_ids)).size,
        directions: [...directions.values()]
          .filter((total) => total.classes > 0)
          .map((total) => ({ ...total, name: DIRECTION_NAMES[total.direction] })),
        // A teacher trained at two of the programme's schools counts once.
        teachersTrained: new Set(everySchool.flatMap((school) => [...(trained.get(school.schoolId) ?? [])]))
          .size,
        registeredOnPlatform: registrations?.registered ?? null,
        registeredOnPlatformAt: registrations?.counted_at.toISOString() ?? null,
      },
    };
  }

  /** The distinct teachers who attended a course in the school year, by the school they attended from. */
  private async trainedTeachers(schoolYear: number): Promise<Map<string, Set<string>>> {
    const rows: { school_id: string; person_ids: string[] }[] = await this.dataSource.query(
      `SELECT a->>'schoolId' AS school_id, array_agg(DISTINCT a->>'personId') AS person_ids
         FROM training_attendance t, jsonb_array_elements(t.attendees) a
        WHERE t.school_year = $1
        GROUP BY a->>'schoolId'`,
      [schoolYear],
    );
    return new Map(rows.map((row) => [row.school_id, new Set(row.person_ids)]));
  }

  /** The platform's latest counts, for the programme formed on it only. */
  private async platformRegistrations(query: ProgrammeTableQuery): Promise<RegistrationsRow | null> {
    if (query.programmeCode !== PLATFORM_PROGRAMME) return null;
    const rows: RegistrationsRow[] = await this.dataSource.query(
      'SELECT counted_at, registered, schools FROM platform_registrations',
    );
    return rows[0] ?? null;
  }
}
