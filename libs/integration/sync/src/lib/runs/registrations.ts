import type { RegistrationsCountedV1, SchoolRegistrationsV1 } from '@orbita/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The platform's registrations as stored: active people of each active school (by role) and the active
 * enrollments of each of its classes. External ids and counts only.
 */
export async function countRegistrations(
  manager: EntityManager,
): Promise<Pick<RegistrationsCountedV1, 'registered' | 'schools'>> {
  const schools = await manager.query<
    Array<{ source_id: string; identifier: string | null; students: number; teachers: number }>
  >(
    `WITH people AS (
       SELECT source_id, data->>'role' AS role, jsonb_array_elements_text(data->'orgSourcedIds') AS org
         FROM external_records WHERE kind = 'users' AND status = 'active')
     SELECT s.source_id, s.data->>'identifier' AS identifier,
            count(DISTINCT p.source_id) FILTER (WHERE p.role = 'student')::int AS students,
            count(DISTINCT p.source_id) FILTER (WHERE p.role = 'teacher')::int AS teachers
       FROM external_records s LEFT JOIN people p ON p.org = s.source_id
      WHERE s.kind = 'orgs' AND s.status = 'active' AND s.data->>'type' = 'school'
      GROUP BY s.source_id, s.data->>'identifier'
      ORDER BY s.source_id`,
  );
  const classes = await manager.query<
    Array<{ source_id: string; school: string; students: number; teachers: number }>
  >(
    `SELECT c.source_id, c.data->>'schoolSourcedId' AS school,
            count(e.source_id) FILTER (WHERE e.data->>'role' = 'student')::int AS students,
            count(e.source_id) FILTER (WHERE e.data->>'role' = 'teacher')::int AS teachers
       FROM external_records c
       LEFT JOIN external_records e
         ON e.kind = 'enrollments' AND e.status = 'active' AND e.data->>'classSourcedId' = c.source_id
      WHERE c.kind = 'classes' AND c.status = 'active'
      GROUP BY c.source_id, c.data->>'schoolSourcedId'
      ORDER BY c.source_id`,
  );
  const [{ registered }] = await manager.query<Array<{ registered: number }>>(
    `SELECT count(DISTINCT u.source_id)::int AS registered
       FROM external_records u
       JOIN external_records s
         ON s.kind = 'orgs' AND s.status = 'active' AND s.data->>'type' = 'school'
        AND u.data->'orgSourcedIds' ? s.source_id
      WHERE u.kind = 'users' AND u.status = 'active'`,
  );
  return {
    registered,
    schools: schools.map((school): SchoolRegistrationsV1 => ({
      schoolExternalId: school.source_id,
      schoolIdentifier: school.identifier ?? '',
      students: school.students,
      teachers: school.teachers,
      classes: classes
        .filter((item) => item.school === school.source_id)
        .map((item) => ({
          classExternalId: item.source_id,
          students: item.students,
          teachers: item.teachers,
        })),
    })),
  };
}
