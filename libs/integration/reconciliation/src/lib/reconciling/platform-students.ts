import type { EntityManager } from 'typeorm';
import type { PlatformStudent } from '../matching/matching';

interface Row {
  source_id: string;
  status: 'active' | 'tobedeleted';
  surname: string;
  name: string;
  patronymic: string | null;
  birth_date: string | null;
  class_title: string | null;
  grade: string | null;
}

/**
 * The platform's students as the sync stored them, each with the class of their enrollment at the org (an
 * active one first): either the org's students a reconciliation of our school matches (all but the accounts
 * merged into another or linked at another school), or the accounts named, whatever became of them (to
 * show a mismatch).
 */
export async function platformStudents(
  manager: EntityManager,
  orgId: string,
  which: { reconciling: string } | { externalIds: readonly string[] },
): Promise<PlatformStudent[]> {
  const rows = await manager.query<Row[]>(
    `WITH enrolled AS (
       SELECT DISTINCT ON (e.data->>'userSourcedId') e.data->>'userSourcedId' AS user_id, c.data->>'title' AS title,
              c.data->'grades'->>0 AS grade
         FROM external_records e
         LEFT JOIN external_records c ON c.kind = 'classes' AND c.source_id = e.data->>'classSourcedId'
        WHERE e.kind = 'enrollments' AND e.data->>'role' = 'student' AND e.data->>'schoolSourcedId' = $1
        ORDER BY e.data->>'userSourcedId', e.status = 'active' DESC, e.source_id)
     SELECT u.source_id, u.status, u.data->>'familyName' AS surname, u.data->>'givenName' AS name,
            u.data->>'middleName' AS patronymic, u.data->>'birthDate' AS birth_date,
            enrolled.title AS class_title, enrolled.grade
       FROM external_records u
       LEFT JOIN enrolled ON enrolled.user_id = u.source_id
      WHERE u.kind = 'users' AND u.data->>'role' = 'student'
        AND CASE WHEN $3::text[] IS NULL
                 THEN u.data->'orgSourcedIds' ? $1
                      AND NOT EXISTS (SELECT 1 FROM person_links l
                                       WHERE l.external_id = u.source_id
                                         AND (l.status = 'merged' OR (l.status = 'linked' AND l.school_id <> $2::uuid)))
                 ELSE u.source_id = ANY($3::text[]) END
      ORDER BY u.source_id`,
    'reconciling' in which ? [orgId, which.reconciling, null] : [orgId, null, [...which.externalIds]],
  );
  return rows.map((row) => ({
    externalId: row.source_id,
    status: row.status,
    surname: row.surname,
    name: row.name,
    patronymic: row.patronymic,
    birthDate: row.birth_date,
    classTitle: row.class_title,
    grade: row.grade !== null && /^\d+$/.test(row.grade) ? Number(row.grade) : null,
  }));
}
