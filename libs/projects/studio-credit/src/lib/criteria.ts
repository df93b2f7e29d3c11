/**
 * The regional-credit criteria of a studio cycle are data: a coordinator edits them, the service stores
 * them, this library scores facts against them. Nothing here knows a particular indicator.
 */

/** Points for each accepted fact, whatever its count. */
export interface PerFactRule {
  readonly kind: 'perFact';
  readonly points: number;
}

/** Points for each unit of the facts' counts, a studio earning at most `capPerStudio` on the indicator. */
export interface PerCountRule {
  readonly kind: 'perCount';
  readonly pointsPerUnit: number;
  readonly capPerStudio: number;
}

/** One step of a scale: a studio whose quantity reaches `threshold` earns `points`. */
export interface ScaleBand {
  readonly threshold: number;
  readonly points: number;
}

/** The points of the highest band the studio's quantity reaches; none reached, no points. */
export interface ScaleRule {
  readonly kind: 'scale';
  /** Thresholds strictly ascending; a higher band never pays less. */
  readonly bands: readonly ScaleBand[];
}

export type PointsRule = PerFactRule | PerCountRule | ScaleRule;
export type PointsRuleKind = PointsRule['kind'];

export interface Indicator {
  readonly id: string;
  readonly name: string;
  /** What a fact's count measures (`participants`, `events`), shown beside quantities. */
  readonly unit: string;
  readonly rule: PointsRule;
}

/** The indicators of one cycle, in the order the coordinator lists them (contributions keep it). */
export interface CriteriaSet {
  readonly indicators: readonly Indicator[];
}

export type FactStatus = 'pending' | 'accepted' | 'rejected';

/**
 * What a school submitted towards an indicator. `count` is how many units the fact stands for; a fact
 * without one is one unit (`validateFact` checks a submitted one). Only facts the regional centre
 * accepted earn points.
 */
export interface CreditFact {
  readonly id: string;
  readonly studioId: string;
  readonly indicatorId: string;
  readonly count?: number;
  readonly status: FactStatus;
}

/** A structural problem of a criteria set; same shape as the service's `FieldError` (a dotted path). */
export interface CriteriaProblem {
  readonly field: string;
  readonly message: string;
}

const ruleKinds: readonly PointsRuleKind[] = ['perFact', 'perCount', 'scale'];

/**
 * Every structural problem of a criteria set as received (parsed JSON, not yet trusted), each named by
 * its field path (`indicators.2.rule.bands.1.threshold`) so the service can answer 400 naming the field.
 * An empty list means the set is a valid {@link CriteriaSet}.
 */
export function validateCriteria(set: unknown): CriteriaProblem[] {
  const problems: CriteriaProblem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });

  if (!isRecord(set)) {
    report('', 'must be an object');
    return problems;
  }
  if (!Array.isArray(set['indicators'])) {
    report('indicators', 'must be a list');
    return problems;
  }
  if (set['indicators'].length === 0) report('indicators', 'must name at least one indicator');

  const seenIds = new Set<string>();
  set['indicators'].forEach((indicator: unknown, index) => {
    const path = `indicators.${index}`;
    if (!isRecord(indicator)) {
      report(path, 'must be an object');
      return;
    }
    for (const key of ['id', 'name', 'unit'] as const) {
      if (!isNonBlankString(indicator[key])) report(`${path}.${key}`, 'must be a non-empty string');
    }
    const id = indicator['id'];
    if (isNonBlankString(id)) {
      if (seenIds.has(id)) report(`${path}.id`, `duplicates the id of another indicator ("${id}")`);
      seenIds.add(id);
    }
    validateRule(indicator['rule'], `${path}.rule`, report);
  });
  return problems;
}

/**
 * What the cycle's criteria say about a submitted fact: its indicator must be one of the set's, and its
 * count (when given) a number of units ≥ 0 — a negative count would let one more fact lower a total.
 */
export function validateFact(
  set: CriteriaSet,
  fact: Pick<CreditFact, 'indicatorId' | 'count'>,
): CriteriaProblem[] {
  const problems: CriteriaProblem[] = [];
  if (!set.indicators.some((indicator) => indicator.id === fact.indicatorId)) {
    problems.push({
      field: 'indicatorId',
      message: `is not an indicator of the cycle's criteria ("${fact.indicatorId}")`,
    });
  }
  if (fact.count !== undefined)
    checkNonNegative(fact.count, 'count', (field, message) => problems.push({ field, message }));
  return problems;
}

function validateRule(rule: unknown, path: string, report: (field: string, message: string) => void): void {
  if (!isRecord(rule)) {
    report(path, 'must be an object');
    return;
  }
  const kind = rule['kind'];
  switch (kind) {
    case 'perFact':
      checkPoints(rule['points'], `${path}.points`, report);
      return;
    case 'perCount':
      checkPoints(rule['pointsPerUnit'], `${path}.pointsPerUnit`, report);
      checkPoints(rule['capPerStudio'], `${path}.capPerStudio`, report);
      return;
    case 'scale':
      validateBands(rule['bands'], `${path}.bands`, report);
      return;
    default:
      report(`${path}.kind`, `must be one of ${ruleKinds.join(', ')}`);
  }
}

function validateBands(bands: unknown, path: string, report: (field: string, message: string) => void): void {
  if (!Array.isArray(bands) || bands.length === 0) {
    report(path, 'must be a non-empty list');
    return;
  }
  let previous: ScaleBand | undefined;
  bands.forEach((band: unknown, index) => {
    const bandPath = `${path}.${index}`;
    if (!isRecord(band)) {
      report(bandPath, 'must be an object');
      previous = undefined;
      return;
    }
    const thresholdValid = checkNonNegative(band['threshold'], `${bandPath}.threshold`, report);
    const pointsValid = checkPoints(band['points'], `${bandPath}.points`, report);
    const current = thresholdValid && pointsValid ? (band as unknown as ScaleBand) : undefined;
    if (current && previous) {
      if (current.threshold === previous.threshold) {
        report(`${bandPath}.threshold`, `duplicates the threshold of band ${index - 1}`);
      } else if (current.threshold < previous.threshold) {
        report(
          `${bandPath}.threshold`,
          `must be greater than the threshold of band ${index - 1} (bands ascend)`,
        );
      }
      // A higher band paying less would make one more fact lower a studio's total.
      if (current.points < previous.points) {
        report(`${bandPath}.points`, `must not be less than the points of band ${index - 1}`);
      }
    }
    previous = current;
  });
}

/**
 * Points are given to the hundredth, as totals are (see `sumPoints`): a cap of 2.005 could not hold
 * once the points it caps are rounded.
 */
function checkPoints(
  value: unknown,
  field: string,
  report: (field: string, message: string) => void,
): boolean {
  if (!checkNonNegative(value, field, report)) return false;
  const hundredths = (value as number) * 100;
  if (Math.abs(hundredths - Math.round(hundredths)) > 1e-6) {
    report(field, 'must be given to the hundredth (at most two decimals)');
    return false;
  }
  return true;
}

/** Reports a value that is not a finite number ≥ 0; tells whether it was one. */
function checkNonNegative(
  value: unknown,
  field: string,
  report: (field: string, message: string) => void,
): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    report(field, 'must be a number');
    return false;
  }
  if (value < 0) {
    report(field, 'must not be negative');
    return false;
  }
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonBlankString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
