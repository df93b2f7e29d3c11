import { Injectable } from '@nestjs/common';
import type {
  CompletenessLineView,
  CompletenessRequest,
  CompletenessStatus,
  CompletenessTotalsView,
  CompletenessView,
} from '@orbita/reporting/rpc';
import { roundTo } from '../figures/score-figures';
import { AnalyticsReader, bySchoolName, workView } from '../shared/analytics-reader';
import { withinScope, type SchoolScope } from '@orbita/auth';

interface SubmissionRow {
  school_id: string;
  protocol_id: string;
  version_number: number | null;
  accepted_at: Date | null;
  returned_at: Date | null;
  /** The latest version's submission. */
  submitted_at: Date;
  first_submitted_at: Date;
}

/** Per school, its latest version's state and submission, and when it first submitted anything for the work. */
const LATEST_SUBMISSIONS = `
  SELECT DISTINCT ON (v.school_id) v.school_id, v.protocol_id, v.version_number, v.accepted_at, v.returned_at,
         coalesce(v.submitted_at, v.accepted_at, v.returned_at) AS submitted_at,
         min(coalesce(v.submitted_at, v.accepted_at, v.returned_at)) OVER (PARTITION BY v.school_id) AS first_submitted_at
  FROM protocol_versions v
  WHERE v.work_id = $1 AND (v.submitted_at IS NOT NULL OR v.accepted_at IS NOT NULL OR v.returned_at IS NOT NULL)
  ORDER BY v.school_id, v.version_number DESC NULLS LAST`;

/** Schools with an unsubmitted upload of the work. */
const DRAFTS = 'SELECT school_id FROM protocol_drafts WHERE work_id = $1';

function statusOf(
  submission: SubmissionRow | undefined,
  drafted: boolean,
  windowClosed: boolean,
): CompletenessStatus {
  if (!submission) return drafted ? 'draft' : windowClosed ? 'missing' : 'pending';
  const { accepted_at: accepted, returned_at: returned } = submission;
  if (returned && (!accepted || returned > accepted)) return 'returned';
  return accepted ? 'accepted' : 'submitted';
}

const percentOf = (part: number, whole: number) => (whole > 0 ? roundTo((part / whole) * 100, 1) : null);

/**
 * The completeness board of a work, as DHIS2 shows data-set reporting: schools expected (the blueprint's
 * list), which submitted, what the regional centre decided, which are missing once the window has closed,
 * and the reporting rate. Totals are region-wide; a school-scoped caller sees only their own line.
 */
/** The calendar of the administration windows: the region's (UTC+7 all year, no DST). */
const REGION_TIME_ZONE = 'Asia/Tomsk';

/**
 * The window's last day counts whole, as schools read it: the window closes at the next midnight in the
 * region, not at the UTC midnight its date was stored as.
 */
export function windowClosesAt(windowTo: string, timeZone = REGION_TIME_ZONE): number {
  const nextDayUtc = Date.parse(windowTo.slice(0, 10)) + 24 * 60 * 60 * 1000;
  return nextDayUtc - utcOffsetMs(timeZone, new Date(nextDayUtc));
}

function utcOffsetMs(timeZone: string, at: Date): number {
  const label = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(label ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60 * 1000;
}

@Injectable()
export class CompletenessService {
  constructor(private readonly reader: AnalyticsReader) {}

  board({ workId }: CompletenessRequest, scope: SchoolScope, now = new Date()): Promise<CompletenessView> {
    return this.reader.snapshot(async (reads) => {
      const work = await reads.requireWork(workId, scope);
      const closesAt = windowClosesAt(work.windowTo);
      const windowClosed = now.getTime() >= closesAt;
      const submissions: SubmissionRow[] = await reads.manager.query(LATEST_SUBMISSIONS, [workId]);
      const bySchool = new Map(submissions.map((row) => [row.school_id, row]));
      const drafted = new Set(
        ((await reads.manager.query(DRAFTS, [workId])) as { school_id: string }[]).map(
          (row) => row.school_id,
        ),
      );
      const expected = new Set(work.schoolIds);
      const schoolIds = [...new Set([...work.schoolIds, ...bySchool.keys()])];
      const refs = await reads.schoolRefs(schoolIds);

      const lines = refs.map((ref): CompletenessLineView => {
        const submission = bySchool.get(ref.schoolId);
        return {
          ...ref,
          expected: expected.has(ref.schoolId),
          status: statusOf(submission, drafted.has(ref.schoolId), windowClosed),
          protocolId: submission?.protocol_id ?? null,
          versionNumber: submission?.version_number ?? null,
          submittedAt: submission?.submitted_at.toISOString() ?? null,
          onTime: submission ? submission.first_submitted_at.getTime() < closesAt : null,
        };
      });
      const visible = lines.filter((line) => withinScope(scope, line.schoolId)).sort(bySchoolName);
      return {
        work: workView(work),
        windowClosed,
        totals: totalsOf(lines.filter((line) => line.expected)),
        schools: visible,
      };
    });
  }
}

function totalsOf(expected: readonly CompletenessLineView[]): CompletenessTotalsView {
  const count = (status: CompletenessStatus) => expected.filter((line) => line.status === status).length;
  const reported = expected.filter((line) => line.submittedAt !== null).length;
  return {
    expected: expected.length,
    reported,
    awaitingReview: count('submitted'),
    accepted: count('accepted'),
    returned: count('returned'),
    pending: count('pending'),
    drafts: count('draft'),
    missing: count('missing'),
    reportingRate: percentOf(reported, expected.length),
    onTimeRate: percentOf(expected.filter((line) => line.onTime === true).length, expected.length),
  };
}
