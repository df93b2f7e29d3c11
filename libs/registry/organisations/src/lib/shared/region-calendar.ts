/**
 * The region's calendar. "Today" for agreement terms is the date in Tomsk (UTC+7): an agreement that
 * ends on 31 December is still in force on the evening of that day in Tomsk, whatever UTC says.
 */
export const REGION_TIME_ZONE = 'Asia/Tomsk';

const isoDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: REGION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in the region as `YYYY-MM-DD`. */
export const todayInRegion = (now: Date = new Date()): string => isoDate.format(now);

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The date `days` after a `YYYY-MM-DD` date. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
