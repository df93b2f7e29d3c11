import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidationFailedException, type FieldError } from '@orbita/observability';

/** class-validator errors as `{ field, message }` with dotted paths (`students.0.grade`). */
export function toFieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/**
 * The global pipe: strips nothing silently (unknown fields are errors), converts to the DTO
 * classes and fails with a {@link ValidationFailedException} that names every bad field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedException(toFieldErrors(errors)),
  });
}
