import type { PointsRuleKind, StudioCriteria, StudioIndicator } from '../data/studios-queries';

/** An indicator as the editor holds it: numbers as typed, every rule's fields kept while the kind changes. */
export interface IndicatorValues {
  id: string;
  name: string;
  unit: string;
  rule: {
    kind: PointsRuleKind;
    points: string;
    pointsPerUnit: string;
    capPerStudio: string;
    bands: { threshold: string; points: string }[];
  };
}

export interface CriteriaValues {
  indicators: IndicatorValues[];
}

/** Facts name their indicator by id, so an indicator keeps its id; a new one gets a fresh one. */
export function newIndicator(kind: PointsRuleKind = 'perFact'): IndicatorValues {
  return {
    id: `i-${crypto.randomUUID().slice(0, 8)}`,
    name: '',
    unit: '',
    rule: { kind, points: '', pointsPerUnit: '', capPerStudio: '', bands: [{ threshold: '', points: '' }] },
  };
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

export function criteriaValues(criteria: StudioCriteria): CriteriaValues {
  return {
    indicators: criteria.indicators.map(({ id, name, unit, rule }) => ({
      id,
      name,
      unit,
      rule: {
        kind: rule.kind,
        points: text(rule.points),
        pointsPerUnit: text(rule.pointsPerUnit),
        capPerStudio: text(rule.capPerStudio),
        bands: rule.bands?.length
          ? rule.bands.map((band) => ({ threshold: String(band.threshold), points: String(band.points) }))
          : [{ threshold: '', points: '' }],
      },
    })),
  };
}

const number = (value: string) => Number(value.replace(',', '.'));

/** The criteria set as the API takes it: only the fields of each indicator's rule kind. */
export function criteriaOf(values: CriteriaValues): StudioCriteria {
  return {
    indicators: values.indicators.map(({ id, name, unit, rule }): StudioIndicator => {
      const base = { id, name: name.trim(), unit: unit.trim() };
      switch (rule.kind) {
        case 'perFact':
          return { ...base, rule: { kind: 'perFact', points: number(rule.points) } };
        case 'perCount':
          return {
            ...base,
            rule: { kind: 'perCount', pointsPerUnit: number(rule.pointsPerUnit), capPerStudio: number(rule.capPerStudio) },
          };
        case 'scale':
          return {
            ...base,
            rule: {
              kind: 'scale',
              bands: rule.bands.map((band) => ({ threshold: number(band.threshold), points: number(band.points) })),
            },
          };
      }
    }),
  };
}

/** A non-negative number to the hundredth (the service's rule for points), or why not. */
export function pointsProblem(value: string): 'required' | 'notNumber' | 'negative' | 'decimals' | undefined {
  if (value.trim() === '') return 'required';
  const parsed = number(value);
  if (!Number.isFinite(parsed)) return 'notNumber';
  if (parsed < 0) return 'negative';
  if (Math.round(parsed * 100) !== parsed * 100) return 'decimals';
  return undefined;
}

/** The server names a criteria problem `criteria.indicators.2.rule.kind`; the editor's field is the rest. */
export function editorFieldOf(serverField: string): string | undefined {
  return serverField.startsWith('criteria.indicators') ? serverField.slice('criteria.'.length) : undefined;
}
