/** A field of a request or message that failed validation; `field` is a dotted path (`students.0.surname`). */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/**
 * The shape an error has on the wire: thrown as a {@link CodedException} inside a service,
 * returned as this plain object in an RPC reply, mapped to problem+json at the gateway.
 */
export interface CodedError {
  /** Stable, machine-readable, `AREA.REASON` (`VALIDATION.FAILED`, `REGISTRY.SCHOOL_NOT_FOUND`). */
  readonly code: string;
  /** The HTTP status the error answers with at the edge. */
  readonly status: number;
  /** Human-readable explanation of this occurrence; never personal data of anyone but the caller. */
  readonly message: string;
  readonly errors?: readonly FieldError[];
  /**
   * Extension members of the problem (RFC 9457 §3.2) for errors whose detail does not fit `errors`,
   * e.g. the row-level report of a rejected file. Plain JSON; kept small (an RPC reply is ≤ 1 MB).
   */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Codes every service shares. A service declares its own in a string enum, `<SERVICE>.<REASON>`. */
export enum CommonErrorCode {
  VALIDATION_FAILED = 'VALIDATION.FAILED',
  REQUEST_INVALID = 'REQUEST.INVALID',
  REQUEST_MALFORMED = 'REQUEST.MALFORMED',
  REQUEST_TOO_LARGE = 'REQUEST.TOO_LARGE',
  URI_TOO_LONG = 'REQUEST.URI_TOO_LONG',
  HEADERS_TOO_LARGE = 'REQUEST.HEADERS_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE = 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  RATE_LIMITED = 'REQUEST.RATE_LIMITED',
  ROUTE_NOT_FOUND = 'ROUTE.NOT_FOUND',
  METHOD_NOT_ALLOWED = 'ROUTE.METHOD_NOT_ALLOWED',
  NOT_FOUND = 'RESOURCE.NOT_FOUND',
  CONFLICT = 'RESOURCE.CONFLICT',
  UNAUTHENTICATED = 'AUTH.UNAUTHENTICATED',
  FORBIDDEN = 'AUTH.FORBIDDEN',
  REGION_LEVEL_ONLY = 'AUTH.REGION_LEVEL_ONLY',
  SERVICE_UNAVAILABLE = 'SERVICE.UNAVAILABLE',
  TIMEOUT = 'SERVICE.TIMEOUT',
  INTERNAL = 'INTERNAL',
}

/**
 * Base class of domain exceptions: a stable code, the HTTP status it maps to and a message.
 *
 * ```ts
 * export enum RegistryErrorCode { SCHOOL_NOT_FOUND = 'REGISTRY.SCHOOL_NOT_FOUND' }
 * export class SchoolNotFound extends CodedException<RegistryErrorCode> {
 *   constructor(id: string) { super(RegistryErrorCode.SCHOOL_NOT_FOUND, 404, `School ${id} does not exist`); }
 * }
 * ```
 */
export class CodedException<C extends string = string> extends Error implements CodedError {
  readonly extensions?: Readonly<Record<string, unknown>>;

  constructor(
    readonly code: C,
    readonly status: number,
    message: string,
    readonly errors?: readonly FieldError[],
    options?: { cause?: unknown; extensions?: Readonly<Record<string, unknown>> },
  ) {
    super(message, options);
    this.name = new.target.name;
    this.extensions = options?.extensions;
  }

  /** The plain {@link CodedError} to put in an RPC reply. */
  toJSON(): CodedError {
    return toCodedError(this);
  }
}

/** Validation failure of a request body, query or message payload. */
export class ValidationFailedException extends CodedException<CommonErrorCode.VALIDATION_FAILED> {
  constructor(errors: readonly FieldError[], message = describeFieldErrors(errors)) {
    super(CommonErrorCode.VALIDATION_FAILED, 400, message, errors);
  }
}

function describeFieldErrors(errors: readonly FieldError[]): string {
  const fields = [...new Set(errors.map((error) => error.field))];
  return fields.length === 0 ? 'The request is invalid' : `Invalid field(s): ${fields.join(', ')}`;
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}

/**
 * Whether `value` carries `{ code, status, message }` (a {@link CodedException}, or an error
 * object received from another service): `code` a non-empty string, `status` an HTTP error status.
 */
export function isCodedError(value: unknown): value is CodedError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, status, message, errors, extensions } = value as Partial<Record<keyof CodedError, unknown>>;
  return (
    typeof code === 'string' &&
    code !== '' &&
    typeof status === 'number' &&
    Number.isInteger(status) &&
    status >= 400 &&
    status <= 599 &&
    typeof message === 'string' &&
    (errors === undefined || (Array.isArray(errors) && errors.every(isFieldError))) &&
    (extensions === undefined || (typeof extensions === 'object' && extensions !== null && !Array.isArray(extensions)))
  );
}

/** A plain-object copy, safe to serialize into an RPC reply. */
export function toCodedError(error: CodedError): CodedError {
  const { code, status, message, errors, extensions } = error;
  return {
    code,
    status,
    message,
    ...(errors && errors.length > 0 && { errors: errors.map(({ field, message }) => ({ field, message })) }),
    ...(extensions && { extensions }),
  };
}
