import { formatDate } from '@orbita/web/core';

/** A date-only API value (`2024-12-02`) read as that calendar day wherever the browser is. */
export function localDay(value: string): Date {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return new Date(year, month - 1, day);
}

export function formatDay(value: string | null | undefined): string {
  return value ? formatDate(localDay(value)) : '—';
}

/** Where today stands against a work's window. */
export function windowState(from: string, to: string): 'upcoming' | 'open' | 'closed' {
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  if (today < localDay(from)) return 'upcoming';
  if (today > localDay(to)) return 'closed';
  return 'open';
}

/** Years a work list may be filtered by: from four years back to next year. */
export function schoolYearOptions(): number[] {
  const now = new Date();
  const current = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
  return [current + 1, current, current - 1, current - 2, current - 3];
}
