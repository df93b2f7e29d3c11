import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

/** `true`/`false` from a query string, booleans as they are. */
export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Surrounding whitespace is never meant: names and numbers are compared and kept without it. */
export const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** E-mail addresses are compared and stored in lower case. */
export const LowerCased = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  );

/** Several property decorators as one, so that a field's rules are written once and shared. */
export const composeDecorators =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, property) => {
    for (const decorator of decorators) decorator(target, property);
  };

/**
 * The field may be left out (a PATCH that does not change it) but not set to null: unlike
 * `@IsOptional()`, null still goes through the field's other rules and fails them.
 */
export const IsOmittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
