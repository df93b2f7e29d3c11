import { compareIds } from '../compare-ids';
import {
  conflictReasons,
  type ConflictReason,
  type DeclaredConflict,
  type Expert,
  type JudgedWork,
} from './conflicts';

export interface ExistingAssignment {
  readonly workId: string;
  readonly expertId: string;
}

export interface AssignmentInput {
  readonly works: readonly JudgedWork[];
  readonly experts: readonly Expert[];
  readonly declaredConflicts?: readonly DeclaredConflict[];
  /** Kept as they are; they count towards the work's panel and the expert's load. */
  readonly existing?: readonly ExistingAssignment[];
  readonly expertsPerWork?: number;
}

/** Why this expert was picked: among the unconflicted experts of the section, the least loaded (then by id). */
export interface PickReason {
  readonly code: 'least-loaded';
  /** The expert's assignments (existing and picked in this run) just before this pick. */
  readonly load: number;
  /** How many experts of the section could judge the work. */
  readonly eligibleExperts: number;
}

export interface Assignment {
  readonly workId: string;
  readonly expertId: string;
  readonly reason: PickReason;
}

export interface Shortfall {
  readonly workId: string;
  /** Experts the work still lacks to reach `expertsPerWork`. */
  readonly missing: number;
  readonly code: 'no-experts-in-section' | 'not-enough-unconflicted-experts';
}

/** An existing assignment that is conflicted today (e.g. a conflict declared since): for the coordinator. */
export interface ConflictedExisting extends ExistingAssignment {
  readonly conflicts: readonly ConflictReason[];
}

export interface AssignmentPlan {
  readonly assignments: Assignment[];
  readonly shortfalls: Shortfall[];
  readonly conflictedExisting: ConflictedExisting[];
}

export const DEFAULT_EXPERTS_PER_WORK = 3;

/**
 * Completes every work's panel to `expertsPerWork` experts. A candidate is an expert of the work's section
 * with no conflict of interest ({@link conflictsOf}) who is not on the panel yet; the least loaded
 * candidates are picked (ties by expert id). Works are served most constrained first (fewest candidates,
 * then by id), so that a work few experts may judge gets them before their load rises. Existing
 * assignments are kept and counted. Deterministic: the same input gives the same plan, in whatever order its lists come.
 *
 * An extra expert for a divergent panel: the work alone, `expertsPerWork` its panel size + 1, and every
 * assignment of the stage as `existing` (so that loads count).
 *
 * With every expert in one section, no conflicts and no existing assignments, the loads of a section's
 * experts differ by at most one afterwards (each pick raises one of the lowest loads).
 */
export function assignExperts(input: AssignmentInput): AssignmentPlan {
  const expertsPerWork = input.expertsPerWork ?? DEFAULT_EXPERTS_PER_WORK;
  const declared = new Set((input.declaredConflicts ?? []).map((c) => pairKey(c.workId, c.expertId)));
  const expertsById = new Map(input.experts.map((expert) => [expert.id, expert]));
  const load = new Map(input.experts.map((expert) => [expert.id, 0]));
  const panels = new Map(input.works.map((work) => [work.id, new Set<string>()]));
  for (const { workId, expertId } of input.existing ?? []) {
    load.set(expertId, (load.get(expertId) ?? 0) + 1);
    panels.get(workId)?.add(expertId);
  }

  const sectionExperts = new Map<string, Expert[]>();
  for (const expert of [...input.experts].sort((a, b) => compareIds(a.id, b.id))) {
    for (const sectionId of new Set(expert.sectionIds)) {
      const experts = sectionExperts.get(sectionId);
      if (experts) experts.push(expert);
      else sectionExperts.set(sectionId, [expert]);
    }
  }

  const conflictedExisting: ConflictedExisting[] = [];
  const demands = input.works.map((work) => {
    const panel = panels.get(work.id) as Set<string>;
    for (const expertId of [...panel].sort(compareIds)) {
      const expert = expertsById.get(expertId);
      const conflicts = expert ? conflictReasons(work, expert, declared.has(pairKey(work.id, expertId))) : [];
      if (conflicts.length > 0) conflictedExisting.push({ workId: work.id, expertId, conflicts });
    }
    const candidates = (sectionExperts.get(work.sectionId) ?? []).filter(
      (expert) =>
        !panel.has(expert.id) &&
        conflictReasons(work, expert, declared.has(pairKey(work.id, expert.id))).length === 0,
    );
    return { work, panel, candidates, needed: Math.max(0, expertsPerWork - panel.size) };
  });
  demands.sort((a, b) => a.candidates.length - b.candidates.length || compareIds(a.work.id, b.work.id));

  const assignments: Assignment[] = [];
  const shortfalls: Shortfall[] = [];
  for (const { work, candidates, needed } of demands) {
    if (needed === 0) continue;
    const picked = [...candidates]
      .sort((a, b) => (load.get(a.id) as number) - (load.get(b.id) as number) || compareIds(a.id, b.id))
      .slice(0, needed);
    for (const expert of picked) {
      const before = load.get(expert.id) as number;
      assignments.push({
        workId: work.id,
        expertId: expert.id,
        reason: { code: 'least-loaded', load: before, eligibleExperts: candidates.length },
      });
      load.set(expert.id, before + 1);
    }
    if (picked.length < needed) {
      shortfalls.push({
        workId: work.id,
        missing: needed - picked.length,
        code: sectionExperts.has(work.sectionId)
          ? 'not-enough-unconflicted-experts'
          : 'no-experts-in-section',
      });
    }
  }
  shortfalls.sort((a, b) => compareIds(a.workId, b.workId));
  conflictedExisting.sort((a, b) => compareIds(a.workId, b.workId) || compareIds(a.expertId, b.expertId));
  return { assignments, shortfalls, conflictedExisting };
}

function pairKey(workId: string, expertId: string): string {
  return `${workId}\u0000${expertId}`;
}
