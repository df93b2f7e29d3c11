import { compareIds } from '../compare-ids';
import { mean, type Panel } from '../aggregation/aggregate';

export interface ExpertSeverity {
  readonly expertId: string;
  /**
   * The mean z-score of the expert's totals within the panels counted: below zero the expert scores lower
   * than the colleagues they sat with (stricter), above zero higher (more lenient). `null` without a panel.
   */
  readonly severity: number | null;
  /** Panels counted: those where the expert sat with at least one other expert. */
  readonly panels: number;
}

/** A panel's mean and population standard deviation σ = √(Σ (x − mean)² / n). */
export function panelSpread(totals: readonly number[]): { mean: number; sd: number } {
  const centre = mean(totals);
  return { mean: centre, sd: Math.sqrt(mean(totals.map((total) => (total - centre) ** 2))) };
}

/**
 * Each expert's severity: for every panel p of two or more sheets, the expert's z-score
 * z = (x − meanₚ) / σₚ (σ the population standard deviation, so a panel of two gives +1 and −1); a panel
 * whose totals are all equal gives everyone z = 0 (they agreed); panels of one are skipped (nobody to
 * compare with). Severity = the mean of the expert's z over the counted panels. The panel's mean includes the
 * expert's own total, as the z-score's definition has it. Sorted by expert id.
 */
export function expertSeverities(panels: readonly Panel[]): ExpertSeverity[] {
  const zScores = new Map<string, number[]>();
  for (const { sheets } of panels) {
    for (const [expertId, z] of panelZScores(sheets)) {
      const scores = zScores.get(expertId);
      if (scores) scores.push(z);
      else zScores.set(expertId, [z]);
    }
    for (const { expertId } of sheets) if (!zScores.has(expertId)) zScores.set(expertId, []);
  }
  return [...zScores]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([expertId, scores]) => ({
      expertId,
      severity: scores.length === 0 ? null : mean(scores),
      panels: scores.length,
    }));
}

function panelZScores(sheets: Panel['sheets']): [string, number][] {
  if (sheets.length < 2) return [];
  const { mean: centre, sd } = panelSpread(sheets.map((sheet) => sheet.total));
  return sheets.map((sheet) => [sheet.expertId, sd === 0 ? 0 : (sheet.total - centre) / sd]);
}
