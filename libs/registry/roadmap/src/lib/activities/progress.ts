import type { RoadmapActivityStatus } from '@orbita/contracts';

/** How many expected documents an activity has, and how many of them still lack evidence. */
export interface Coverage {
  total: number;
  missing: number;
}

export const isComplete = (coverage: Coverage): boolean => coverage.total > 0 && coverage.missing === 0;

/**
 * The status after evidence was attached: work has visibly started (planned → in progress), and the
 * evidence that completes an activity (every expected document now has evidence) makes it done.
 * Evidence that completes nothing leaves a status someone set by hand alone.
 */
export function statusAfterAttach(
  status: RoadmapActivityStatus,
  before: Coverage,
  after: Coverage,
): RoadmapActivityStatus {
  if (!isComplete(before) && isComplete(after)) return 'done';
  return status === 'planned' ? 'in_progress' : status;
}

/**
 * The status after evidence was removed: removing what completed an activity reopens it — in progress
 * while some evidence is left, planned when none is (as before the first file). An activity someone
 * marked done without every document stays as they left it.
 */
export function statusAfterRemoval(
  status: RoadmapActivityStatus,
  before: Coverage,
  after: Coverage,
  evidenceLeft: boolean,
): RoadmapActivityStatus {
  if (status !== 'done' || !isComplete(before) || isComplete(after)) return status;
  return evidenceLeft ? 'in_progress' : 'planned';
}
