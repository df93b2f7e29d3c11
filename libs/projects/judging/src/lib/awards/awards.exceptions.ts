import { CodedException } from '@orbita/observability';
import { JudgingErrorCode } from '../judging-error-code';

export class AwardRuleInvalid extends CodedException<JudgingErrorCode> {
  constructor(reason: string) {
    super(JudgingErrorCode.AWARD_RULE_INVALID, 422, `The award rule is not valid: ${reason}`);
  }
}

export class QuotaInvalid extends CodedException<JudgingErrorCode> {
  constructor(quota: number) {
    super(
      JudgingErrorCode.QUOTA_INVALID,
      422,
      `A nomination quota is a whole number of works ≥ 0, not ${quota}`,
    );
  }
}
