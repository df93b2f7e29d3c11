import { CodedException } from '@orbita/observability';
import { JudgingErrorCode } from '../judging-error-code';

/** A sheet whose scores do not fit the rubric it was filled against. */
export class SheetInvalid extends CodedException<JudgingErrorCode> {
  constructor(reason: string) {
    super(JudgingErrorCode.SHEET_INVALID, 422, `The expert sheet does not fit its rubric: ${reason}`);
  }
}
