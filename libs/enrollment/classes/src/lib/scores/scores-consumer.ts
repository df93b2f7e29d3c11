import type { OnEventOptions } from '@orbita/service-host';

/**
 * The durable consumer `enrollment_scores` of assessments' events (works, codes, scores) and the
 * registry's (schools and people for the directory).
 */
export const SCORES_CONSUMER: OnEventOptions = { durable: 'scores' };
