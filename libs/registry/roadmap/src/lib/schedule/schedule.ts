import type { RoadmapActivityStatus } from '@orbita/contracts';
import type { RoadmapActivityState } from '@orbita/registry/rpc';

/** A calendar date, `YYYY-MM-DD`: roadmap windows are whole days in the region's time zone. */
export type IsoDate = string;

export type ActivityWindow =
  { kind: 'dates'; from: IsoDate | null; to: IsoDate } | { kind: 'monthly' } | { kind: 'during_year' };

/** A dated part of an activity with several deadlines (a school stage and a final stage…). */
export interface Milestone {
  label: string | null;
  from: IsoDate | null;
  to: IsoDate;
  text: string;
}

/** What the schedule of one activity says on one day. */
export interface Schedule {
  /** The last day of the window; an activity not done after it is overdue. */
  windowEnd: IsoDate;
  /** The first deadline on or after today; null when done or when every deadline has passed. */
  nextDeadline: IsoDate | null;
  daysLeft: number | null;
  overdue: boolean;
  state: RoadmapActivityState;
}

const DAY_MS = 86_400_000;

/** A school year by its first calendar year (2024 = 2024/25) runs from 1 September to 31 August. */
export const schoolYearEnd = (schoolYear: number): IsoDate => `${schoolYear + 1}-08-31`;

export const addDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Today's date where the roadmap is run (Tomsk is UTC+7: its day starts seven hours before UTC's). */
export function todayIn(timeZone: string, now: Date): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * Every date by which something of the activity is due, ascending; the last one is the window's end.
 * - `dates`: each milestone's end, then the window's end;
 * - `monthly`: the last day of each month of the school year (a report a month, so a reminder a month);
 * - `during_year`: the last day of the school year.
 * Static for an activity, so it is computed when the activity is written and stored with it.
 */
export function deadlinesOf(
  window: ActivityWindow,
  milestones: readonly Milestone[],
  schoolYear: number,
): IsoDate[] {
  switch (window.kind) {
    case 'dates':
      return [...new Set([...milestones.map((milestone) => milestone.to), window.to])].sort();
    case 'monthly':
      return Array.from({ length: 12 }, (_, index) => {
        // Day 0 of the next month is the last day of this one; months run September (8) .. August.
        const month = 8 + index;
        return new Date(Date.UTC(schoolYear, month + 1, 0)).toISOString().slice(0, 10);
      });
    case 'during_year':
      return [schoolYearEnd(schoolYear)];
  }
}

/**
 * The one place that derives an activity's schedule: overdue when the window's end has passed and it
 * is not done (so `monthly` and `during_year` work is overdue only after the school year ends), and
 * the next deadline with the days left to it. `today` is a parameter so that the rule never reads a
 * clock; `ScheduleSql` states the same rule for database filters.
 */
export function scheduleOf(
  activity: { status: RoadmapActivityStatus; deadlines: readonly IsoDate[] },
  today: IsoDate,
): Schedule {
  const windowEnd = activity.deadlines[activity.deadlines.length - 1];
  const done = activity.status === 'done';
  const overdue = !done && today > windowEnd;
  const nextDeadline = done ? null : (activity.deadlines.find((deadline) => deadline >= today) ?? null);
  return {
    windowEnd,
    nextDeadline,
    daysLeft: nextDeadline === null ? null : daysBetween(today, nextDeadline),
    overdue,
    state: overdue ? 'overdue' : activity.status,
  };
}

/** A next deadline within `horizonDays` (0 = due today). */
export const isDueSoon = (schedule: Schedule, horizonDays: number): boolean =>
  schedule.daysLeft !== null && schedule.daysLeft <= horizonDays;

/**
 * {@link scheduleOf} as SQL conditions over the stored `status`, `window_end` and `deadlines` of the
 * activity alias `a`, for filtering lists in the database. `:today` and `:until` are bound by the caller.
 */
export const ScheduleSql = {
  overdue: (a: string) => `(${a}.status <> 'done' AND ${a}.window_end < :today)`,
  notOverdue: (a: string) => `(${a}.status = 'done' OR ${a}.window_end >= :today)`,
  dueBy: (a: string) =>
    `(${a}.status <> 'done' AND EXISTS (SELECT 1 FROM unnest(${a}.deadlines) AS deadline WHERE deadline BETWEEN :today AND :until))`,
};
