import { Injectable } from '@nestjs/common';
import type { WorkKind } from '@orbita/contracts';
import type { AnalysedWorkView, SchoolRefView } from '@orbita/reporting/rpc';
import { DataSource, type EntityManager } from 'typeorm';
import type { ScoreFrequency, TaskSums } from '../figures/score-figures';
import { WorkNotFound } from './reporting-errors';
import type { SchoolScope } from '@orbita/auth';

/** A work's latest blueprint version, with the schools expected to submit. */
export interface AnalysedWork extends AnalysedWorkView {
  schoolIds: string[];
}

/** Which figures to sum: the whole work, one school, or one class of one school. */
export interface FigureFilter {
  schoolId?: string | null;
  classLabel?: string;
}

/** Sums per school or per class instead of one sum (the key of the one sum is ''). */
export type FigureGrouping = 'school_id' | 'class_label';

export interface SchoolResult extends SchoolRefView {
  versionIds: string[];
  participants: number;
  provisional: boolean;
}

interface WorkRow {
  work_id: string;
  version: number;
  kind: WorkKind;
  title: string;
  subject: string;
  grades: number[];
  school_year: number;
  window_from: Date;
  window_to: Date;
  max_total: number;
  tasks: AnalysedWorkView['tasks'];
  levels: AnalysedWorkView['levels'];
  school_ids: string[];
}

export const WORK_COLUMNS = `work_id, version, kind, title, subject, grades, school_year, window_from, window_to,
  max_total::float8 AS max_total, tasks, levels, school_ids::text[] AS school_ids`;

export function analysedWork(row: WorkRow): AnalysedWork {
  return {
    workId: row.work_id,
    version: row.version,
    kind: row.kind,
    title: row.title,
    subject: row.subject,
    grades: row.grades,
    schoolYear: row.school_year,
    windowFrom: row.window_from.toISOString(),
    windowTo: row.window_to.toISOString(),
    maxTotal: row.max_total,
    tasks: row.tasks,
    levels: row.levels,
    schoolIds: row.school_ids,
  };
}

/** The work as answers show it (the expected schools are the completeness board's business). */
export function workView(work: AnalysedWork): AnalysedWorkView {
  const {
    workId,
    version,
    kind,
    title,
    subject,
    grades,
    schoolYear,
    windowFrom,
    windowTo,
    maxTotal,
    tasks,
    levels,
  } = work;
  return {
    workId,
    version,
    kind,
    title,
    subject,
    grades,
    schoolYear,
    windowFrom,
    windowTo,
    maxTotal,
    tasks,
    levels,
  };
}

/** Schools by name (as the registry spells it), those reporting has no name for last. */
export const bySchoolName = (a: SchoolRefView, b: SchoolRefView): number =>
  (a.schoolName ?? '\uffff').localeCompare(b.schoolName ?? '\uffff', 'ru') ||
  a.schoolId.localeCompare(b.schoolId);

const SCHOOL_REF_COLUMNS = 's.short_name AS school_name, s.municipality_id';

/** Reporting's read models as the query side sees them. */
@Injectable()
export class AnalyticsReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The reads of one answer see one snapshot: a recompute committing meanwhile shows in all of them or none. */
  snapshot<T>(work: (reads: AnalyticsReads) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => work(new AnalyticsReads(manager)));
  }
}

export class AnalyticsReads {
  constructor(readonly manager: EntityManager) {}

  /**
   * The work, 404 when it does not exist or (a school-scoped caller) their school neither takes it nor
   * submitted to it: its region figures would be other schools' alone, as assessments hides the work.
   */
  async requireWork(workId: string, scope: SchoolScope): Promise<AnalysedWork> {
    const [row]: WorkRow[] = await this.manager.query(
      `SELECT ${WORK_COLUMNS} FROM works WHERE work_id = $1 ORDER BY version DESC LIMIT 1`,
      [workId],
    );
    if (!row) throw new WorkNotFound(workId);
    const work = analysedWork(row);
    if (scope !== null && !work.schoolIds.includes(scope) && (await this.results(workId, scope)).length === 0)
      throw new WorkNotFound(workId);
    return work;
  }

  async frequencies(
    workId: string,
    filter: FigureFilter,
    grouping?: FigureGrouping,
  ): Promise<Map<string, ScoreFrequency[]>> {
    const rows: { key: string; total: number; count: number }[] = await this.manager.query(
      `SELECT ${grouping ?? "''"}::text AS key, total::float8 AS total, sum(participants)::integer AS count
       FROM score_counts
       WHERE work_id = $1 AND ($2::uuid IS NULL OR school_id = $2) AND ($3::text IS NULL OR class_label = $3)
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [workId, filter.schoolId ?? null, filter.classLabel ?? null],
    );
    return groupRows(rows, ({ total, count }) => ({ total, count }));
  }

  async taskSums(
    workId: string,
    filter: FigureFilter,
    grouping?: FigureGrouping,
  ): Promise<Map<string, TaskSums[]>> {
    const rows: ({ key: string } & TaskSums)[] = await this.manager.query(
      `SELECT ${grouping ?? "''"}::text AS key, task_number AS "taskNumber", sum(participants)::integer AS participants,
              sum(score_sum)::float8 AS "scoreSum", sum(full_count)::integer AS full,
              sum(partial_count)::integer AS partial, sum(zero_count)::integer AS zero
       FROM task_results
       WHERE work_id = $1 AND ($2::uuid IS NULL OR school_id = $2) AND ($3::text IS NULL OR class_label = $3)
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [workId, filter.schoolId ?? null, filter.classLabel ?? null],
    );
    return groupRows(rows, ({ taskNumber, participants, scoreSum, full, partial, zero }) => ({
      taskNumber,
      participants,
      scoreSum,
      full,
      partial,
      zero,
    }));
  }

  /** Schools with figures for the work (one school when `schoolId` is given), by name. */
  async results(workId: string, schoolId: string | null): Promise<SchoolResult[]> {
    const rows: {
      school_id: string;
      school_name: string | null;
      municipality_id: string | null;
      version_ids: string[];
      participants: number;
      provisional: boolean;
    }[] = await this.manager.query(
      `SELECT r.school_id, ${SCHOOL_REF_COLUMNS}, r.version_ids::text[] AS version_ids, r.participants, r.provisional
         FROM school_results r LEFT JOIN schools s ON s.school_id = r.school_id
         WHERE r.work_id = $1 AND ($2::uuid IS NULL OR r.school_id = $2)
         ORDER BY s.short_name NULLS LAST, r.school_id`,
      [workId, schoolId],
    );
    return rows.map((row) => ({
      schoolId: row.school_id,
      schoolName: row.school_name,
      municipalityId: row.municipality_id,
      versionIds: row.version_ids,
      participants: row.participants,
      provisional: row.provisional,
    }));
  }

  /** Schools of the whole region whose figures for the work come from a version awaiting review. */
  async provisionalSchools(workId: string): Promise<number> {
    const [{ count }]: { count: number }[] = await this.manager.query(
      'SELECT count(*)::integer AS count FROM school_results WHERE work_id = $1 AND provisional',
      [workId],
    );
    return count;
  }

  /** Names and municipalities of schools, in the order asked (null for schools reporting has not heard of yet). */
  async schoolRefs(schoolIds: readonly string[]): Promise<SchoolRefView[]> {
    const rows: { school_id: string; school_name: string; municipality_id: string }[] =
      await this.manager.query(
        `SELECT s.school_id, ${SCHOOL_REF_COLUMNS} FROM schools s WHERE s.school_id = ANY($1::uuid[])`,
        [schoolIds],
      );
    const known = new Map(rows.map((row) => [row.school_id, row]));
    return schoolIds.map((schoolId) => ({
      schoolId,
      schoolName: known.get(schoolId)?.school_name ?? null,
      municipalityId: known.get(schoolId)?.municipality_id ?? null,
    }));
  }
}

function groupRows<R extends { key: string }, T>(
  rows: readonly R[],
  toItem: (row: R) => T,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.key) ?? [];
    group.push(toItem(row));
    groups.set(row.key, group);
  }
  return groups;
}
