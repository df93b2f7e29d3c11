import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { PayloadClass } from '@orbita/contracts';
import { FieldError } from '@orbita/observability';

/** One `{ field, message }` per broken constraint, fields as dotted paths (`tasks.0.maxScore`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function describeProblems(problems: FieldError[]): string {
  return problems.map(({ field, message }) => `${field}: ${message}`).join(' | ');
}

export function describeValidationErrors(errors: ValidationError[]): string {
  return describeProblems(flattenValidationErrors(errors));
}

export type ParsedPayload<T> = { ok: true; value: T } | { ok: false; problems: FieldError[] };

/** Decodes JSON bytes into a validated payload instance, or says which fields are wrong. */
export function parsePayload<T extends object>(type: PayloadClass<T>, data: Uint8Array): ParsedPayload<T> {
  let plain: unknown;
  try {
    plain = JSON.parse(Buffer.from(data).toString('utf8'));
  } catch (error) {
    return { ok: false, problems: [{ field: '(body)', message: `not JSON: ${(error as Error).message}` }] };
  }
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return { ok: false, problems: [{ field: '(body)', message: 'not a JSON object' }] };
  }
  const value = plainToInstance(type, plain);
  const errors = validateSync(value, { forbidUnknownValues: true });
  return errors.length > 0 ? { ok: false, problems: flattenValidationErrors(errors) } : { ok: true, value };
}
