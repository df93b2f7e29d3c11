/** A PostgreSQL integrity constraint an INSERT or UPDATE broke. */
export interface ConstraintViolation {
  kind: 'unique' | 'foreign_key' | 'check' | 'not_null';
  /** The constraint's name as the migration gave it (the column for NOT NULL). */
  constraint: string;
}

const KINDS: Readonly<Record<string, ConstraintViolation['kind']>> = {
  '23505': 'unique',
  '23503': 'foreign_key',
  '23514': 'check',
  '23502': 'not_null',
};

/**
 * The constraint behind a failed query (TypeORM's QueryFailedError wraps the pg error in
 * `driverError`), or undefined for any other error. Services turn it into a 409/400 naming the field
 * instead of letting it surface as a 500.
 */
export function constraintViolationOf(error: unknown): ConstraintViolation | undefined {
  const driverError = (error as { driverError?: unknown } | undefined)?.driverError ?? error;
  const { code, constraint, column } = (driverError ?? {}) as {
    code?: unknown;
    constraint?: unknown;
    column?: unknown;
  };
  const kind = typeof code === 'string' ? KINDS[code] : undefined;
  const name = kind === 'not_null' ? column : constraint;
  return kind && typeof name === 'string' ? { kind, constraint: name } : undefined;
}
