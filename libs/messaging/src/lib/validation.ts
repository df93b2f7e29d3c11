import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { PayloadClass } from '@orbita/contracts';

export interface FieldProblem {
  field: string;
  problems: string[];
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export function describeProblems(problems: FieldProblem[]): string {
  return problems.map(({ field, problems: list }) => `${field}: ${list.join('; ')}`).join(' | ');
}

export function describeValidationErrors(errors: ValidationError[]): string {
  return describeProblems(flattenValidationErrors(errors));
}

export type ParsedPayload<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Decodes JSON bytes into a validated payload instance, or says which fields are wrong. */
export async function parsePayload<T extends object>(type: PayloadClass<T>, data: Uint8Array): Promise<ParsedPayload<T>> {
  let plain: unknown;
  try {
    plain = JSON.parse(Buffer.from(data).toString('utf8'));
  } catch (error) {
    return { ok: false, problems: [{ field: '(body)', problems: [`not JSON: ${(error as Error).message}`] }] };
  }
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return { ok: false, problems: [{ field: '(body)', problems: ['not a JSON object'] }] };
  }
  const value = plainToInstance(type, plain);
  const errors = await validate(value, { forbidUnknownValues: true });
  return errors.length > 0 ? { ok: false, problems: flattenValidationErrors(errors) } : { ok: true, value };
}
