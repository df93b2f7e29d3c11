import type {
  AnalysedWorkView,
  HistogramBinView,
  LevelCountView,
  ScoreFiguresView,
  TaskFiguresView,
} from '@orbita/reporting/rpc';

/** How many participants scored one total. Lists of them are sorted by total. */
export interface ScoreFrequency {
  total: number;
  count: number;
}

/** A task's scores summed over a group. */
export interface TaskSums {
  taskNumber: number;
  participants: number;
  scoreSum: number;
  full: number;
  partial: number;
  zero: number;
}

export interface ScoreStats {
  participants: number;
  mean: number | null;
  median: number | null;
  standardDeviation: number | null;
  min: number | null;
  max: number | null;
}

export interface TaskStats {
  number: number;
  label: string;
  maxScore: number;
  topic: string | null;
  participants: number;
  mean: number | null;
  solvedShare: number | null;
  fullShare: number | null;
  partialShare: number | null;
  zeroShare: number | null;
}

/** Equal-width bins over 0..maxTotal; whole-number scores get at most one more (0..10 a bin each). */
export const HISTOGRAM_BINS = 10;
/** Totals carry at most two decimals; this absorbs binary floating-point error at bin and level edges. */
const EPSILON = 1e-9;

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;
export const roundTo = (value: number | null, digits: number): number | null =>
  value === null ? null : round(value, digits);
/** Scores and their differences: two decimals. */
export const roundScore = (value: number | null) => roundTo(value, 2);
/** Shares 0..1: four decimals. */
export const roundShare = (value: number | null) => roundTo(value, 4);
export const difference = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Participants, mean, median (as percentile_cont(0.5)), population standard deviation, min and max. */
export function scoreStats(frequencies: readonly ScoreFrequency[]): ScoreStats {
  const participants = frequencies.reduce((sum, { count }) => sum + count, 0);
  if (participants === 0) {
    return { participants, mean: null, median: null, standardDeviation: null, min: null, max: null };
  }
  const mean = frequencies.reduce((sum, { total, count }) => sum + total * count, 0) / participants;
  // Two passes: the deviations from the mean, not Σx² − n·mean², which loses digits.
  const variance =
    frequencies.reduce((sum, { total, count }) => sum + count * (total - mean) ** 2, 0) / participants;
  return {
    participants,
    mean,
    median:
      (totalAt(frequencies, Math.floor((participants - 1) / 2)) +
        totalAt(frequencies, Math.ceil((participants - 1) / 2))) /
      2,
    standardDeviation: Math.sqrt(variance),
    min: frequencies[0].total,
    max: frequencies[frequencies.length - 1].total,
  };
}

/** The total of the participant at a 0-based position in score order. */
function totalAt(frequencies: readonly ScoreFrequency[], position: number): number {
  let before = 0;
  for (const { total, count } of frequencies) {
    if (position < before + count) return total;
    before += count;
  }
  throw new Error(`No participant at position ${position}`);
}

/**
 * Participants per bin of the total. Whole-number scores (every task's maximum an integer) get bins of
 * whole scores, `from` and `to` both included (0–1, 2–3, … of a 15-point work), never bins that split
 * them unevenly (1.5 points wide); other works get {@link HISTOGRAM_BINS} equal bins [from, to).
 */
export function histogram(
  frequencies: readonly ScoreFrequency[],
  maxTotal: number,
  wholeNumbers = false,
): HistogramBinView[] {
  if (wholeNumbers && Number.isInteger(maxTotal) && maxTotal > 0)
    return wholeScoreHistogram(frequencies, maxTotal);
  const width = maxTotal / HISTOGRAM_BINS;
  const bins = Array.from({ length: HISTOGRAM_BINS }, (_, index) => ({
    from: round(index * width, 2),
    to: round((index + 1) * width, 2),
    count: 0,
  }));
  if (maxTotal <= 0) return bins;
  for (const { total, count } of frequencies) {
    const index = Math.min(
      HISTOGRAM_BINS - 1,
      Math.max(0, Math.floor((total * HISTOGRAM_BINS) / maxTotal + EPSILON)),
    );
    bins[index].count += count;
  }
  return bins;
}

function wholeScoreHistogram(frequencies: readonly ScoreFrequency[], maxTotal: number): HistogramBinView[] {
  const width = Math.ceil((maxTotal + 1) / (HISTOGRAM_BINS + 1));
  const bins = Array.from({ length: Math.ceil((maxTotal + 1) / width) }, (_, index) => ({
    from: index * width,
    to: Math.min((index + 1) * width - 1, maxTotal),
    count: 0,
  }));
  for (const { total, count } of frequencies) {
    bins[Math.min(bins.length - 1, Math.max(0, Math.floor(total / width + EPSILON)))].count += count;
  }
  return bins;
}

/** Each participant falls in the highest level whose threshold their total reaches. */
export function levelCounts(
  frequencies: readonly ScoreFrequency[],
  work: Pick<AnalysedWorkView, 'levels'>,
): { levels: LevelCountView[]; belowLevels: number } {
  const participants = frequencies.reduce((sum, { count }) => sum + count, 0);
  const ordered = [...work.levels].sort((a, b) => a.minTotal - b.minTotal);
  const counts = ordered.map(() => 0);
  let belowLevels = 0;
  for (const { total, count } of frequencies) {
    const index = ordered.findLastIndex((level) => total + EPSILON >= level.minTotal);
    if (index < 0) belowLevels += count;
    else counts[index] += count;
  }
  return {
    levels: ordered.map((level, index) => ({
      ...level,
      count: counts[index],
      share: roundShare(ratio(counts[index], participants)) ?? 0,
    })),
    belowLevels,
  };
}

/** Per task of the blueprint: mean, solved share (mean / max), and the shares of full, partial and zero scores. */
export function taskStats(work: Pick<AnalysedWorkView, 'tasks'>, sums: readonly TaskSums[]): TaskStats[] {
  const byNumber = new Map(sums.map((sum) => [sum.taskNumber, sum]));
  return work.tasks.map(({ number, label, maxScore, topic }) => {
    const sum = byNumber.get(number);
    const participants = sum?.participants ?? 0;
    const mean = sum ? ratio(sum.scoreSum, participants) : null;
    return {
      number,
      label,
      maxScore,
      topic,
      participants,
      mean,
      solvedShare: mean === null ? null : mean / maxScore,
      fullShare: sum ? ratio(sum.full, participants) : null,
      partialShare: sum ? ratio(sum.partial, participants) : null,
      zeroShare: sum ? ratio(sum.zero, participants) : null,
    };
  });
}

export function taskFiguresView(task: TaskStats): TaskFiguresView {
  return {
    number: task.number,
    label: task.label,
    maxScore: task.maxScore,
    mean: roundScore(task.mean),
    solvedShare: roundShare(task.solvedShare),
    fullShare: roundShare(task.fullShare),
    partialShare: roundShare(task.partialShare),
    zeroShare: roundShare(task.zeroShare),
  };
}

/** The stats as shown: scores to two decimals. */
export function statsView(stats: ScoreStats): ScoreStats {
  return {
    participants: stats.participants,
    mean: roundScore(stats.mean),
    median: roundScore(stats.median),
    standardDeviation: roundScore(stats.standardDeviation),
    min: stats.min,
    max: stats.max,
  };
}

/** Everything shown for one group of participants (a class, a school, the region). */
export function scoreFiguresView(
  work: Pick<AnalysedWorkView, 'maxTotal' | 'levels' | 'tasks'>,
  frequencies: readonly ScoreFrequency[],
  sums: readonly TaskSums[],
): ScoreFiguresView {
  return {
    ...statsView(scoreStats(frequencies)),
    histogram: histogram(
      frequencies,
      work.maxTotal,
      work.tasks.every((task) => Number.isInteger(task.maxScore)),
    ),
    ...levelCounts(frequencies, work),
    tasks: taskStats(work, sums).map(taskFiguresView),
  };
}
