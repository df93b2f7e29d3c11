import { i18n } from './i18n/i18n';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'ru-RU');

/** 07.12.2026 */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleDateString(locale(), { day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** 07.12.2026, 14:05 */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleString(locale(), { dateStyle: 'short', timeStyle: 'short' });
}

export function formatNumber(value: number | null | undefined, fractionDigits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return value.toLocaleString(locale(), { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 });
}

/** 0.4567 → «45,7 %» */
export function formatPercent(fraction: number | null | undefined, fractionDigits = 1): string {
  if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return '—';
  return `${formatNumber(fraction * 100, fractionDigits)} %`;
}

/** Whole days from today to `date` (negative when past). */
export function daysUntil(date: string | Date): number {
  const day = 24 * 60 * 60 * 1000;
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const target = new Date(date);
  target.setHours(0, 0, 0, 0);
  return Math.round((target.getTime() - start.getTime()) / day);
}
