import { compareIds } from '../compare-ids';
import { divergence, type AggregationMethod, type Panel } from '../aggregation/aggregate';
import { assertValidAwardRule, type AwardRule } from '../awards/award-rule';
import { rankStability, type WorkStability } from '../rank-stability/rank-stability';
import { expertSeverities, type ExpertSeverity } from '../severity/severity';

export interface StageSettings {
  /** Defaults to the mean. */
  readonly aggregation?: AggregationMethod;
  /** A panel whose max − min of totals exceeds this many points (percent) is flagged. */
  readonly divergenceThreshold: number;
  readonly awards: AwardRule;
}

export interface SectionPanel extends Panel {
  readonly sectionId: string;
}

export interface WorkSummary extends WorkStability {
  readonly sectionId: string;
  readonly sheets: number;
  /** Max − min of the panel's totals. */
  readonly spread: number;
  readonly divergent: boolean;
}

export interface StageSummary {
  /** By section id, then official rank, then work id. */
  readonly works: WorkSummary[];
  readonly experts: ExpertSeverity[];
}

/**
 * The figures of a stage's summary protocol: per work its official score, rank and award within its
 * section (the protocol is per stage and section), the panel's divergence, and the rank stability; per
 * expert the severity, over every panel of the stage (an expert may sit in several sections).
 */
export function summariseStage(panels: readonly SectionPanel[], settings: StageSettings): StageSummary {
  assertValidAwardRule(settings.awards);
  const experts = expertSeverities(panels);
  const sections = new Map<string, SectionPanel[]>();
  for (const panel of panels) {
    const section = sections.get(panel.sectionId);
    if (section) section.push(panel);
    else sections.set(panel.sectionId, [panel]);
  }
  const panelsById = new Map(panels.map((panel) => [panel.workId, panel]));
  const works = [...sections]
    .sort(([a], [b]) => compareIds(a, b))
    .flatMap(([sectionId, sectionPanels]) =>
      rankStability(sectionPanels, experts, settings.awards, settings.aggregation ?? 'mean').map(
        (stability) => {
          const totals = (panelsById.get(stability.workId) as SectionPanel).sheets.map(
            (sheet) => sheet.total,
          );
          return {
            ...stability,
            sectionId,
            sheets: totals.length,
            ...divergence(totals, settings.divergenceThreshold),
          };
        },
      ),
    );
  return { works, experts };
}
