/**
 * The demo's current school year: the 2024/25 seed data (roadmap, works) moved by whole days so that
 * DEMO_ANCHOR falls on the day the demo is seeded. The anchor is in the December intermediate
 * diagnostics (2–5 Dec 2024), so a fresh demo always shows a window open now, a deadline due soon,
 * work done before and work planned after, whatever the date. The registry's and assessments' seeds
 * both move their data with it, so the roadmap's diagnostics and the works' windows stay together.
 */
export const DEMO_ANCHOR = '2024-12-03';

/**
 * The day the demo is seeded on, in the demo region's calendar (Tomsk), so that the registry's and the
 * assessments' seeds move their data by the same number of days whatever the hour.
 */
export function demoSeedDay(now = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tomsk' }).format(now);
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS;

/** Days to add to a 2024/25 seed date for the current year seeded on `today` (YYYY-MM-DD). */
export function demoShiftDays(today: string): number {
  return dayNumber(today) - dayNumber(DEMO_ANCHOR);
}

/** `isoDate` (YYYY-MM-DD) plus `days`. */
export function shiftIsoDate(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The school year (its first calendar year, September to August) a date (YYYY-MM-DD) falls in. */
export function schoolYearOf(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number);
  return month >= 9 ? year : year - 1;
}
