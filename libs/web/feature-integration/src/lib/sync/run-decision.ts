import { api, unwrap } from '@orbita/web/core';

export type RunDecision = 'approve' | 'reject';

/** Approves or rejects a parked run; rejecting a failed one abandons it. */
export function decideRun(id: string, decision: RunDecision) {
  return unwrap(
    api.POST('/api/v1/integration/runs/{id}/decision', { params: { path: { id } }, body: { decision } }),
  );
}
