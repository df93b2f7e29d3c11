import { REDACTED_PATHS, REDACTION_CENSOR, serializeError } from '@orbita/observability';
import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * A JSON logger for library code used outside Nest (relays, consumers, RPC servers), with the same
 * redaction and error serializer as the services' request logs: a failed query logs no row values.
 */
export function defaultLogger(name: string): Logger {
  return pino({
    name,
    level: process.env['LOG_LEVEL'] ?? 'info',
    redact: { paths: [...REDACTED_PATHS], censor: REDACTION_CENSOR },
    serializers: { err: serializeError },
  });
}
