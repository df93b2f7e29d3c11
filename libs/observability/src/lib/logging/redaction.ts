/**
 * Personal data of children and staff that must never reach the logs, by property name. Logged
 * objects are redacted at the top level and two levels down (`student.surname`,
 * `body.student.surname`).
 */
export const PERSONAL_FIELDS = [
  'surname',
  'lastName',
  'firstName',
  'givenName',
  'patronymic',
  'middleName',
  'fullName',
  'birthDate',
  'dateOfBirth',
  'email',
  'phone',
  'address',
  'snils',
  'passport',
] as const;

/** Credentials, redacted wherever personal fields are. */
export const SECRET_FIELDS = [
  'password',
  'passwordHash',
  'newPassword',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
] as const;

/** Pino redaction paths (see https://getpino.io/#/docs/redaction). */
export const REDACTED_PATHS: readonly string[] = Object.freeze([
  ...[...PERSONAL_FIELDS, ...SECRET_FIELDS].flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
  'req.headers.authorization',
  'req.headers.cookie',
  // The page the request came from keeps its query string (a search for a surname).
  'req.headers.referer',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
]);

/** What a redacted value is replaced with. */
export const REDACTION_CENSOR = '[REDACTED]';
