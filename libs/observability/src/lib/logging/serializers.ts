import { stdSerializers } from 'pino';

/**
 * What a database error carries of the statement and the row: TypeORM's QueryFailedError copies the SQL
 * (`query`), its `parameters` and the pg error's fields (`detail`: "Failing row contains (…)", "Key
 * (email)=(…) already exists") onto itself, and keeps the pg error as `driverError`. Names, birth dates
 * and e-mails of the row would reach the log with them; the message, code, table and constraint stay.
 */
const VALUE_CARRYING_FIELDS = ['query', 'parameters', 'detail', 'driverError', 'where'] as const;

/**
 * pino's error serializer (causes fold into the message and stack), without the statement and row values.
 * pino-http hands it the error already serialized; a plain pino logger, the error itself.
 */
export function serializeError(error: unknown): unknown {
  const serialized = error instanceof Error ? stdSerializers.err(error) : error;
  if (serialized && typeof serialized === 'object')
    for (const field of VALUE_CARRYING_FIELDS) delete (serialized as Record<string, unknown>)[field];
  return serialized;
}

/** pino-http's serialized request without its query string, where searches put surnames (`/students?q=…`). */
export function serializeRequest<R extends { url?: string; query?: unknown }>(request: R): R {
  const serialized = { ...request, url: request.url?.split('?')[0] };
  delete serialized.query;
  return serialized;
}
