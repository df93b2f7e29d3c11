import { formatNumber } from '@orbita/web/core';
import type { TFunction } from 'i18next';
import type { Membership } from './queries';

/** «ОГЭ: 14,5 балла при пороге 12, 3-е место в рейтинге» — the basis of an enrollment in words. */
export function basisText(t: TFunction, basis: Membership['basis'], short = false): string {
  const parts = [t(short ? `basisShort.${basis.kind}` : `basis.${basis.kind}`, { ns: 'classes' })];
  const details: string[] = [];
  if (basis.score !== undefined && basis.score !== null)
    details.push(
      t('basis.score', { ns: 'classes', count: basis.score, score: formatNumber(basis.score, 2) }),
    );
  if (basis.threshold !== undefined && basis.threshold !== null)
    details.push(t('basis.threshold', { ns: 'classes', threshold: formatNumber(basis.threshold, 2) }));
  if (basis.rank !== undefined && basis.rank !== null)
    details.push(t('basis.rank', { ns: 'classes', rank: basis.rank }));
  return details.length > 0 ? `${parts[0]}: ${details.join(', ')}` : parts[0];
}
