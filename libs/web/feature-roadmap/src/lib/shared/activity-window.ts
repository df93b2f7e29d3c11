import { formatDate } from '@orbita/web/core';
import type { TFunction } from 'i18next';
import type { Activity } from '../data/roadmap-queries';

/** "02.12.2024 – 05.12.2024", "до 31.08.2024", "Ежемесячно", "В течение учебного года". */
export function windowLabel(t: TFunction<'roadmap'>, window: Activity['window']): string {
  if (window.kind !== 'dates') return t(`windowKind.${window.kind}`);
  if (window.from && window.to) {
    return window.from === window.to
      ? formatDate(window.to)
      : t('windowDates.range', { from: formatDate(window.from), to: formatDate(window.to) });
  }
  if (window.to) return t('windowDates.until', { to: formatDate(window.to) });
  if (window.from) return t('windowDates.since', { from: formatDate(window.from) });
  return window.text;
}

/** Stage number, then the activity's number as a number ("2" before "10"). */
export function byNumber(a: Pick<Activity, 'number' | 'stage'>, b: Pick<Activity, 'number' | 'stage'>): number {
  return a.stage.number - b.stage.number || a.number.localeCompare(b.number, undefined, { numeric: true });
}
