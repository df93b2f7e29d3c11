/** How a stage turns a panel's sheet totals into the work's score (a stage setting; mean by default). */
export type AggregationMethod = 'mean' | 'median' | 'trimmedMean';

/** The panel's totals of one work: a sheet total per expert, in percent (see {@link sheetTotal}). */
export interface Panel {
  readonly workId: string;
  readonly sheets: readonly { readonly expertId: string; readonly total: number }[];
}

/**
 * The work's score from its panel's totals; `null` for a panel without sheets.
 * - `mean`: the arithmetic mean;
 * - `median`: the middle total, or the mean of the two middle ones for an even count;
 * - `trimmedMean`: with 4 or more totals, the mean without the single highest and the single lowest;
 *   with fewer, trimming would leave one or none, so it is the mean.
 */
export function aggregate(totals: readonly number[], method: AggregationMethod): number | null {
  if (totals.length === 0) return null;
  const sorted = [...totals].sort((a, b) => a - b);
  switch (method) {
    case 'mean':
      return mean(sorted);
    case 'median': {
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
    case 'trimmedMean':
      return mean(sorted.length >= 4 ? sorted.slice(1, -1) : sorted);
  }
}

/** The panel's spread (max − min of its totals) and whether it exceeds the stage's threshold (strictly). */
export function divergence(
  totals: readonly number[],
  threshold: number,
): { spread: number; divergent: boolean } {
  if (totals.length === 0) return { spread: 0, divergent: false };
  const spread = Math.max(...totals) - Math.min(...totals);
  return { spread, divergent: spread > threshold };
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
