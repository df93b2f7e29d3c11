import { Injectable, ValidationPipe, type ArgumentMetadata, type PipeTransform, type ValidationError } from '@nestjs/common';
import { CodedException, CommonErrorCode, ValidationFailedException, type FieldError } from '@orbita/observability';
import { isUUID } from 'class-validator';

/** class-validator errors as `{ field, message }` with dotted paths (`students.0.grade`). */
export function toFieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** No request of the API nests deeper; far deeper input would overflow the stack of the DTO conversion. */
export const MAX_INPUT_DEPTH = 32;
/** Path parameters that name a record (`id`, `schoolId`, …) are uuids: anything else is refused here. */
export const PATH_ID = /^(id|[a-z][a-zA-Z0-9]*Id)$/;

/**
 * What no DTO rule can see, checked before the DTO conversion: nesting deeper than {@link MAX_INPUT_DEPTH}
 * (walked without recursion), NUL characters anywhere (PostgreSQL refuses them in text) and path ids
 * that are not uuids. Throws a problem naming the field.
 */
export function checkInputShape(value: unknown, { type, data }: ArgumentMetadata): void {
  const root = type === 'body' ? '' : (data ?? '');
  // The validation pipe would take a `null` body for `{}`: a request of optional fields only would then pass.
  if (type === 'body' && value === null) {
    throw new ValidationFailedException([{ field: 'body', message: 'The body must be a JSON object' }]);
  }
  if (type === 'param' && data && PATH_ID.test(data) && !(typeof value === 'string' && isUUID(value))) {
    throw new ValidationFailedException([{ field: data, message: `${data} must be a UUID` }]);
  }
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  const errors: FieldError[] = [];
  for (let item = stack.pop(); item && errors.length < 20; item = stack.pop()) {
    if (typeof item.value === 'string') {
      if (item.value.includes('\u0000')) {
        errors.push({ field: item.path || type, message: `${item.path || type} must not contain NUL characters` });
      }
    } else if (typeof item.value === 'object' && item.value !== null) {
      if (item.depth >= MAX_INPUT_DEPTH) {
        throw new CodedException(
          CommonErrorCode.REQUEST_MALFORMED,
          400,
          `The ${type} nests deeper than ${MAX_INPUT_DEPTH} levels`,
          // The field the nesting starts from: the full path would be as long as the nesting.
          [{ field: item.path.split('.')[0] || type, message: `nests deeper than ${MAX_INPUT_DEPTH} levels` }],
        );
      }
      for (const [key, child] of Object.entries(item.value)) {
        const path = item.path ? `${item.path}.${key}` : key;
        if (key.includes('\u0000')) errors.push({ field: item.path || type, message: 'a field name contains NUL' });
        stack.push({ value: child, path, depth: item.depth + 1 });
      }
    }
  }
  if (errors.length > 0) throw new ValidationFailedException(errors);
}

/** The largest PostgreSQL `integer`: a larger number would fail in the database, not here. */
export const MAX_INT4 = 2_147_483_647;

/** A whole-number path parameter from 1 (a version number), refused naming the parameter otherwise. */
@Injectable()
export class ParsePositiveIntPipe implements PipeTransform<string, number> {
  transform(value: string, { data = 'parameter' }: ArgumentMetadata): number {
    const number = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (number >= 1 && number <= MAX_INT4) return number;
    throw new ValidationFailedException([
      { field: data, message: `${data} must be a whole number from 1 to ${MAX_INT4}` },
    ]);
  }
}

/**
 * The global pipe: checks the input's shape ({@link checkInputShape}), strips nothing silently
 * (unknown fields are errors), converts to the DTO classes and fails with a
 * {@link ValidationFailedException} that names every bad field.
 */
class GatewayValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') checkInputShape(value, metadata);
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new GatewayValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedException(toFieldErrors(errors)),
  });
}
