import { Injectable } from '@nestjs/common';
import type { WorkKind } from '@orbita/contracts';
import type {
  ProgressFiguresView,
  ProgressQuery,
  ProgressView,
  ProgressWorkView,
} from '@orbita/reporting/rpc';
import { difference, roundScore } from '../figures/score-figures';
import {
  analysedWork,
  AnalyticsReader,
  bySchoolName,
  WORK_COLUMNS,
  type AnalysedWork,
  type AnalyticsReads,
} from '../shared/analytics-reader';
import { ProgressNotAvailable } from '../shared/reporting-errors';
import { withinScope, type SchoolScope } from '@orbita/auth';

/** Of the works of a kind for the subject, grade and year, the one whose window closes last. */
const LATEST_WORK = `
  SELECT ${WORK_COLUMNS}
  FROM (SELECT DISTINCT ON (work_id) * FROM works ORDER BY work_id, version DESC) w
  WHERE kind = $1 AND subject = $2 AND $3 = ANY(grades) AND school_year = $4
  ORDER BY window_to DESC, work_id LIMIT 1`;

/**
 * Per school: participants and the sum of their totals as a percentage of the work's maximum, in each
 * work; and for participants found in both by code, the sum of their changes. In a work for several
 * grades only the classes of the grade asked for count (the class label starts with the grade).
 */
const PROGRESS_SUMS = `
  WITH participants AS (
    SELECT sr.work_id, sr.school_id, r.participant_code AS code, r.total / w.max_total * 100 AS percent
    FROM school_results sr
    JOIN (SELECT DISTINCT ON (work_id) work_id, max_total, grades FROM works
          WHERE work_id IN ($1, $2) ORDER BY work_id, version DESC) w ON w.work_id = sr.work_id
    JOIN protocol_rows r ON r.version_id = ANY(sr.version_ids)
    WHERE sr.work_id IN ($1, $2)
      AND (cardinality(w.grades) = 1 OR substring(r.class_label FROM '^[0-9]+')::integer = $3)
  ),
  intermediate AS (SELECT * FROM participants WHERE work_id = $1),
  final AS (SELECT * FROM participants WHERE work_id = $2),
  intermediate_sums AS (SELECT school_id, count(*) AS n, sum(percent) AS percent_sum FROM intermediate GROUP BY school_id),
  final_sums AS (SELECT school_id, count(*) AS n, sum(percent) AS percent_sum FROM final GROUP BY school_id),
  matched AS (
    SELECT i.school_id, count(*) AS n, sum(f.percent - i.percent) AS change_sum
    FROM intermediate i JOIN final f ON f.school_id = i.school_id AND f.code = i.code
    GROUP BY i.school_id
  )
  SELECT school_id,
         coalesce(i.n, 0)::integer AS "intermediateCount", coalesce(i.percent_sum, 0)::float8 AS "intermediateSum",
         coalesce(f.n, 0)::integer AS "finalCount", coalesce(f.percent_sum, 0)::float8 AS "finalSum",
         coalesce(m.n, 0)::integer AS "matchedCount", coalesce(m.change_sum, 0)::float8 AS "changeSum"
  FROM intermediate_sums i FULL JOIN final_sums f USING (school_id) LEFT JOIN matched m USING (school_id)`;

interface ProgressSums {
  intermediateCount: number;
  intermediateSum: number;
  finalCount: number;
  finalSum: number;
  matchedCount: number;
  changeSum: number;
}

const SUM_FIELDS: readonly (keyof ProgressSums)[] = [
  'intermediateCount',
  'intermediateSum',
  'finalCount',
  'finalSum',
  'matchedCount',
  'changeSum',
];

const mean = (sum: number, count: number) => (count > 0 ? sum / count : null);

function progressFigures(sums: ProgressSums): ProgressFiguresView {
  const intermediatePercent = mean(sums.intermediateSum, sums.intermediateCount);
  const finalPercent = mean(sums.finalSum, sums.finalCount);
  return {
    intermediateParticipants: sums.intermediateCount,
    finalParticipants: sums.finalCount,
    intermediatePercent: roundScore(intermediatePercent),
    finalPercent: roundScore(finalPercent),
    changePercentPoints: roundScore(difference(finalPercent, intermediatePercent)),
    matchedParticipants: sums.matchedCount,
    matchedChangePercentPoints: roundScore(mean(sums.changeSum, sums.matchedCount)),
    method: sums.matchedCount > 0 ? 'matched' : 'means',
  };
}

const progressWork = (work: AnalysedWork): ProgressWorkView => ({
  workId: work.workId,
  title: work.title,
  maxTotal: work.maxTotal,
});

/**
 * Intermediate → final change for one subject, grade and school year, by school and for the region:
 * means as a percentage of each work's maximum (the two works differ), and where participant codes
 * match, the mean of each participant's own change.
 */
@Injectable()
export class ProgressService {
  constructor(private readonly reader: AnalyticsReader) {}

  progress(query: ProgressQuery, scope: SchoolScope): Promise<ProgressView> {
    return this.reader.snapshot(async (reads) => {
      const intermediate = await latestWork(reads, 'intermediate', query);
      const final = await latestWork(reads, 'final', query);
      const rows: ({ school_id: string } & ProgressSums)[] = await reads.manager.query(PROGRESS_SUMS, [
        intermediate.workId,
        final.workId,
        query.grade,
      ]);
      const region = Object.fromEntries(
        SUM_FIELDS.map((field) => [field, rows.reduce((sum, row) => sum + row[field], 0)]),
      ) as unknown as ProgressSums;
      const visible = rows.filter((row) => withinScope(scope, row.school_id));
      const refs = await reads.schoolRefs(visible.map((row) => row.school_id));
      return {
        subject: query.subject,
        grade: query.grade,
        schoolYear: query.schoolYear,
        intermediate: progressWork(intermediate),
        final: progressWork(final),
        region: progressFigures(region),
        schools: refs
          .map((ref, index) => ({ ...ref, ...progressFigures(visible[index]) }))
          .sort(bySchoolName),
      };
    });
  }
}

async function latestWork(
  reads: AnalyticsReads,
  kind: Extract<WorkKind, 'intermediate' | 'final'>,
  query: ProgressQuery,
): Promise<AnalysedWork> {
  const [row] = await reads.manager.query(LATEST_WORK, [kind, query.subject, query.grade, query.schoolYear]);
  if (!row) throw new ProgressNotAvailable(kind, query.subject, query.grade, query.schoolYear);
  return analysedWork(row);
}
