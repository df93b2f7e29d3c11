import { ExpertConflicted } from './assignment.exceptions';

/** A work as the assignment sees it: registry ids only. */
export interface JudgedWork {
  readonly id: string;
  readonly sectionId: string;
  readonly schoolId: string;
  /** Partner organisations (registry ids). */
  readonly partnerIds: readonly string[];
  /** Supervisors and consultants are registry person ids, as is an expert's `personId`. */
  readonly supervisorIds: readonly string[];
  readonly consultantIds: readonly string[];
}

export interface Expert {
  readonly id: string;
  readonly sectionIds: readonly string[];
  /** Organisations the expert works for (registry ids). */
  readonly organisationIds: readonly string[];
  readonly personId: string;
}

/** A conflict an expert declared and the coordinator confirmed. */
export interface DeclaredConflict {
  readonly expertId: string;
  readonly workId: string;
}

export type ConflictReason =
  | { readonly code: 'organisation-is-school'; readonly organisationId: string }
  | { readonly code: 'organisation-is-partner'; readonly organisationId: string }
  | { readonly code: 'supervises-work' }
  | { readonly code: 'consults-work' }
  | { readonly code: 'declared' };

/** Every reason the expert may not judge the work; empty when there is none. */
export function conflictsOf(
  work: JudgedWork,
  expert: Expert,
  declared: readonly DeclaredConflict[] = [],
): ConflictReason[] {
  const isDeclared = declared.some(
    (conflict) => conflict.expertId === expert.id && conflict.workId === work.id,
  );
  return conflictReasons(work, expert, isDeclared);
}

/** Refuses a by-hand assignment of a conflicted expert ({@link ExpertConflicted}, 409). */
export function assertNoConflict(
  work: JudgedWork,
  expert: Expert,
  declared: readonly DeclaredConflict[] = [],
): void {
  const conflicts = conflictsOf(work, expert, declared);
  if (conflicts.length > 0) throw new ExpertConflicted(expert.id, work.id, conflicts);
}

/** The reasons, with the declared conflict already looked up (the automatic assignment indexes them). */
export function conflictReasons(work: JudgedWork, expert: Expert, isDeclared: boolean): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  for (const organisationId of expert.organisationIds) {
    if (organisationId === work.schoolId) reasons.push({ code: 'organisation-is-school', organisationId });
    else if (work.partnerIds.includes(organisationId))
      reasons.push({ code: 'organisation-is-partner', organisationId });
  }
  if (work.supervisorIds.includes(expert.personId)) reasons.push({ code: 'supervises-work' });
  if (work.consultantIds.includes(expert.personId)) reasons.push({ code: 'consults-work' });
  if (isDeclared) reasons.push({ code: 'declared' });
  return reasons;
}
