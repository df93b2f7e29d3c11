import { Transform } from 'class-transformer';
import { buildMessage, ValidateBy, ValidateIf } from 'class-validator';

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

/**
 * Characters no name or free text of a person ever needs, and that hide or reorder what a reader sees
 * or break storage: control characters (NUL is refused by PostgreSQL), format characters (bidi
 * overrides, zero-width joiners and spaces, BOM), lone surrogates, private-use and unassigned code points.
 */
const HIDDEN_OR_BROKEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u;
/** The same, but line breaks and tabs are allowed (multi-line comments). */
const HIDDEN_OR_BROKEN_BUT_LINES = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u;

/**
 * A person's name or a piece of free text: only visible characters and spaces (`multiline` also allows
 * line breaks and tabs). Validates strings only; pair it with `@IsString()` and a length.
 */
export const IsPlainText = ({ multiline = false }: { multiline?: boolean } = {}): PropertyDecorator =>
  ValidateBy({
    name: 'isPlainText',
    validator: {
      validate: (value: unknown) =>
        typeof value !== 'string' || !(multiline ? HIDDEN_OR_BROKEN_BUT_LINES : HIDDEN_OR_BROKEN).test(value),
      defaultMessage: buildMessage(
        (prefix) =>
          `${prefix}$property must not contain control, invisible or direction-changing characters`,
      ),
    },
  });
