import type { WorkBlueprint } from '@orbita/assessments/rpc';
import { ValidationFailedException, type FieldError } from '@orbita/observability';

/**
 * The rules of a blueprint that span fields (the contract checks each field): tasks numbered 1..n with
 * distinct labels, levels with distinct codes and thresholds within the maximum total, a window that
 * does not end before it starts. Throws a 400 naming the fields.
 */
export function checkBlueprint(blueprint: WorkBlueprint): void {
  const errors: FieldError[] = [];
  const numbers = blueprint.tasks.map((task) => task.number).sort((a, b) => a - b);
  if (numbers.some((number, index) => number !== index + 1)) {
    errors.push({ field: 'tasks', message: `task numbers must run 1..${numbers.length} without gaps or repeats` });
  }
  const labels = blueprint.tasks.map((task) => task.label.trim().toLowerCase());
  if (new Set(labels).size !== labels.length) errors.push({ field: 'tasks', message: 'task labels must differ' });
  const maxTotal = maxTotalOf(blueprint);
  blueprint.levels.forEach((level, index) => {
    if (level.minTotal > maxTotal) {
      errors.push({ field: `levels.${index}.minTotal`, message: `lies above the maximum total ${maxTotal}` });
    }
  });
  if (new Set(blueprint.levels.map((level) => level.code)).size !== blueprint.levels.length) {
    errors.push({ field: 'levels', message: 'level codes must differ' });
  }
  if (new Set(blueprint.levels.map((level) => level.minTotal)).size !== blueprint.levels.length) {
    errors.push({ field: 'levels', message: 'level thresholds must differ' });
  }
  for (const field of ['windowFrom', 'windowTo'] as const) {
    if (Number.isNaN(Date.parse(`${blueprint[field]}T00:00:00Z`))) errors.push({ field, message: 'is not a calendar date' });
  }
  if (blueprint.windowTo < blueprint.windowFrom) errors.push({ field: 'windowTo', message: 'is before windowFrom' });
  if (errors.length > 0) throw new ValidationFailedException(errors);
}

/** Sum of the task maxima, to 2 decimals. */
export const maxTotalOf = (blueprint: Pick<WorkBlueprint, 'tasks'>): number =>
  Math.round(blueprint.tasks.reduce((sum, task) => sum + task.maxScore, 0) * 100) / 100;
