/** The region's time zone: an application window's days are Tomsk's days. */
const REGION_TIME_ZONE = 'Asia/Tomsk';

/** Today's date in the region, written `2023-08-25`. */
export function regionalToday(now = new Date()): string {
  // The Canadian English format is ISO's year-month-day.
  return new Intl.DateTimeFormat('en-CA', { timeZone: REGION_TIME_ZONE }).format(now);
}
