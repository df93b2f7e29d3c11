import type { RegistrationsCountedV1, SchoolRegistrationsV1 } from '@orbita/contracts';
import type { EntityManager } from 'typeorm';

interface RoleCounts {
  students: number;
  teachers: number;
}

/**
 * The platform's registrations as stored: active people of each active school (by role) and the active
 * enrollments of each of its classes. External ids and counts only.
 *
 * Each query reads one roster and groups it, and the rosters are put together here: right after a run has
 * filled the table it has no statistics yet, and the planner, guessing from them, nested loops over the JSON
 * of a join (seconds at 20,000 people; docs/benchmarks.md). Grouped scans do not depend on the guess.
 */
export async function countRegistrations(
  manager: EntityManager,
): Promise<Pick<RegistrationsCountedV1, 'registered' | 'schools'>> {
  const schools = await manager.query<Array<{ source_id: string; identifier: string | null }>>(
    `SELECT source_id, data->>'identifier' AS identifier
       FROM external_records
      WHERE kind = 'orgs' AND status = 'active' AND data->>'type' = 'school'
      ORDER BY source_id`,
  );
  const schoolIds = schools.map((school) => school.source_id);
  const peopleBySchool = await manager.query<Array<{ org: string } & RoleCounts>>(
    `SELECT org,
            count(DISTINCT source_id) FILTER (WHERE data->>'role' = 'student')::int AS students,
            count(DISTINCT source_id) FILTER (WHERE data->>'role' = 'teacher')::int AS teachers
       FROM external_records CROSS JOIN LATERAL jsonb_array_elements_text(data->'orgSourcedIds') AS org
      WHERE kind = 'users' AND status = 'active' AND org = ANY($1::text[])
      GROUP BY org`,
    [schoolIds],
  );
  const [{ registered }] = await manager.query<Array<{ registered: number }>>(
    `SELECT count(*)::int AS registered
       FROM external_records
      WHERE kind = 'users' AND status = 'active'
        AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(data->'orgSourcedIds') AS org
                     WHERE org = ANY($1::text[]))`,
    [schoolIds],
  );
  const classes = await manager.query<Array<{ source_id: string; school: string }>>(
    `SELECT source_id, data->>'schoolSourcedId' AS school
       FROM external_records WHERE kind = 'classes' AND status = 'active'
      ORDER BY source_id`,
  );
  const enrolledByClass = await manager.query<Array<{ class: string } & RoleCounts>>(
    `SELECT data->>'classSourcedId' AS class,
            count(*) FILTER (WHERE data->>'role' = 'student')::int AS students,
            count(*) FILTER (WHERE data->>'role' = 'teacher')::int AS teachers
       FROM external_records WHERE kind = 'enrollments' AND status = 'active'
      GROUP BY data->>'classSourcedId'`,
  );
  const people = new Map(peopleBySchool.map((row) => [row.org, row]));
  const enrolled = new Map(enrolledByClass.map((row) => [row.class, row]));
  return {
    registered,
    schools: schools.map(
      (school): SchoolRegistrationsV1 => ({
        schoolExternalId: school.source_id,
        schoolIdentifier: school.identifier ?? '',
        students: people.get(school.source_id)?.students ?? 0,
        teachers: people.get(school.source_id)?.teachers ?? 0,
        classes: classes
          .filter((item) => item.school === school.source_id)
          .map((item) => ({
            classExternalId: item.source_id,
            students: enrolled.get(item.source_id)?.students ?? 0,
            teachers: enrolled.get(item.source_id)?.teachers ?? 0,
          })),
      }),
    ),
  };
}
