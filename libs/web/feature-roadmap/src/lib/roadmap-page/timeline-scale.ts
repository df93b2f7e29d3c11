import type { Activity } from '../data/roadmap-queries';

/** A calendar day as UTC midnight, so daylight-saving shifts never move a bar. */
export const day = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

export function todayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

const monthIndex = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
const daysInMonth = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();

export interface Span {
  /** First day; undefined when the roadmap gives only a deadline. */
  start?: Date;
  /** Last day, inclusive. */
  end: Date;
  kind: Activity['window']['kind'];
  milestones: Date[];
}

/**
 * Where an activity sits in time: its window; monthly and whole-year work run from the start of the
 * school year (1 September) to its end; a deadline without a start is a point.
 */
export function spanOf(activity: Activity, schoolYear: number): Span {
  const { window } = activity;
  const milestones = activity.milestones.map((milestone) => day(milestone.to));
  const end = day(window.to ?? activity.windowEnd);
  if (window.kind !== 'dates') return { start: day(`${schoolYear}-09-01`), end, kind: window.kind, milestones };
  const firstMilestone = activity.milestones.map((milestone) => milestone.from).find((from) => !!from);
  const from = window.from ?? firstMilestone ?? undefined;
  return { start: from ? day(from) : undefined, end, kind: window.kind, milestones };
}

/** Months along the axis, with a fixed width each; dates are placed within their month by day. */
export class MonthScale {
  readonly first: number;
  readonly count: number;

  constructor(
    from: Date,
    to: Date,
    readonly monthWidth: number,
  ) {
    this.first = monthIndex(from);
    this.count = monthIndex(to) - this.first + 1;
  }

  static covering(spans: readonly Span[], monthWidth: number): MonthScale | undefined {
    const dates = spans.flatMap((span) => [span.start ?? span.end, span.end, ...span.milestones]);
    if (dates.length === 0) return undefined;
    const times = dates.map((date) => date.getTime());
    return new MonthScale(new Date(Math.min(...times)), new Date(Math.max(...times)), monthWidth);
  }

  get width(): number {
    return this.count * this.monthWidth;
  }

  /** Pixels from the axis start to the beginning of `date`'s day. */
  x(date: Date): number {
    const months = monthIndex(date) - this.first;
    return (months + (date.getUTCDate() - 1) / daysInMonth(date)) * this.monthWidth;
  }

  /** Pixels to the end of `date`'s day (for inclusive last days). */
  xEnd(date: Date): number {
    return this.x(new Date(date.getTime() + 24 * 60 * 60 * 1000));
  }

  contains(date: Date): boolean {
    const index = monthIndex(date);
    return index >= this.first && index < this.first + this.count;
  }

  months(): Date[] {
    return Array.from({ length: this.count }, (_, i) => {
      const index = this.first + i;
      return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
    });
  }
}
