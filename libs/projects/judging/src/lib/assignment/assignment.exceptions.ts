import { CodedException } from '@orbita/observability';
import { JudgingErrorCode } from '../judging-error-code';
import type { ConflictReason } from './conflicts';

/** A by-hand assignment the coordinator may not make: the expert has a conflict of interest. */
export class ExpertConflicted extends CodedException<JudgingErrorCode> {
  constructor(expertId: string, workId: string, conflicts: readonly ConflictReason[]) {
    super(
      JudgingErrorCode.EXPERT_CONFLICTED,
      409,
      `Expert ${expertId} has a conflict of interest with work ${workId}: ${conflicts.map((c) => c.code).join(', ')}`,
      undefined,
      { extensions: { conflicts } },
    );
  }
}
