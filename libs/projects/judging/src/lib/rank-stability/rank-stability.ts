import { aggregate, mean, type AggregationMethod, type Panel } from '../aggregation/aggregate';
import { awardFor, type Award, type AwardRule } from '../awards/award-rule';
import { competitionRanking } from '../awards/ranking';
import { panelSpread, type ExpertSeverity } from '../severity/severity';

/** The scorings a summary compares: the mean, the trimmed mean and the severity-adjusted mean. */
export type StabilityMethod = 'mean' | 'trimmedMean' | 'severityAdjusted';

export interface Standing {
  readonly score: number | null;
  readonly rank: number | null;
  readonly award: Award | null;
}

export interface WorkStability {
  readonly workId: string;
  /** Under the stage's own aggregation method: the result the protocol states. */
  readonly official: Standing;
  readonly byMethod: Readonly<Record<StabilityMethod, Standing>>;
  /** The award is not the same under the stage's method and every compared method. */
  readonly awardChanges: boolean;
}

/**
 * A work's severity-adjusted score: each sheet's total less the expert's severity s (a mean z-score, see
 * {@link expertSeverities}) in units of this panel's standard deviation σ, then the mean:
 *
 *   adjusted = mean over the panel's sheets of (x − s · σ)
 *
 * so a lenient expert's (s > 0) total moves down, a strict one's up, by as much as their habit is worth in
 * a panel this spread. An expert without a severity counts as 0. `null` for a panel without sheets.
 */
export function severityAdjustedScore(panel: Panel, severity: ReadonlyMap<string, number>): number | null {
  if (panel.sheets.length === 0) return null;
  const { sd } = panelSpread(panel.sheets.map((sheet) => sheet.total));
  return mean(panel.sheets.map((sheet) => sheet.total - (severity.get(sheet.expertId) ?? 0) * sd));
}

/**
 * Each work's score, rank and award under the stage's method, the mean, the trimmed mean and the
 * severity-adjusted score, among the panels given (one ranking: pass one section's panels). Listed by the
 * official rank, then work id.
 */
export function rankStability(
  panels: readonly Panel[],
  severities: readonly ExpertSeverity[],
  awardRule: AwardRule,
  official: AggregationMethod,
): WorkStability[] {
  const severity = new Map<string, number>();
  for (const expert of severities)
    if (expert.severity !== null) severity.set(expert.expertId, expert.severity);
  const totals = (panel: Panel) => panel.sheets.map((sheet) => sheet.total);
  const standingsBy = (score: (panel: Panel) => number | null) => {
    const ranked = competitionRanking(panels.map((panel) => ({ id: panel.workId, score: score(panel) })));
    return new Map(
      ranked.map((entry) => [
        entry.id,
        { score: entry.score, rank: entry.rank, award: awardFor(awardRule, entry) },
      ]),
    );
  };
  const officialStandings = standingsBy((panel) => aggregate(totals(panel), official));
  const methods: Record<StabilityMethod, Map<string, Standing>> = {
    mean: standingsBy((panel) => aggregate(totals(panel), 'mean')),
    trimmedMean: standingsBy((panel) => aggregate(totals(panel), 'trimmedMean')),
    severityAdjusted: standingsBy((panel) => severityAdjustedScore(panel, severity)),
  };
  return [...officialStandings].map(([workId, officialStanding]) => {
    const byMethod = {
      mean: methods.mean.get(workId) as Standing,
      trimmedMean: methods.trimmedMean.get(workId) as Standing,
      severityAdjusted: methods.severityAdjusted.get(workId) as Standing,
    };
    const awards = new Set([
      officialStanding.award,
      ...Object.values(byMethod).map((standing) => standing.award),
    ]);
    return { workId, official: officialStanding, byMethod, awardChanges: awards.size > 1 };
  });
}
