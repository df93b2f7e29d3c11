import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { stdTimeFunctions, type LevelWithSilent } from 'pino';
import type { Options } from 'pino-http';
import { correlationIdOf, correlationLogFields } from '../correlation/correlation';
import { REDACTED_PATHS, REDACTION_CENSOR } from './redaction';
import { serializeError, serializeRequest } from './serializers';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Requests not worth a log line each: probes and scrapes. */
const QUIET_PATHS = ['/health/', '/metrics'];

export interface LoggingOptions {
  /** Service name, in every line as `service`. */
  readonly serviceName: string;
  /** From `LOG_LEVEL`. */
  readonly level: LogLevel | LevelWithSilent;
}

/**
 * pino-http options shared by every service: JSON lines with ISO time and the level as a word,
 * redaction of {@link REDACTED_PATHS}, and the correlation id as `correlationId` in every line
 * logged while handling a request (the request log line and everything logged through the Nest
 * `Logger`/`PinoLogger` meanwhile) or a message (inside `runWithCorrelationId`).
 */
export function createPinoHttpOptions({ serviceName, level }: LoggingOptions): Options {
  return {
    level,
    base: { service: serviceName, pid: process.pid, hostname: hostname() },
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: [...REDACTED_PATHS], censor: REDACTION_CENSOR },
    // Paths without query strings, database errors without the statement's values.
    serializers: { req: serializeRequest, err: serializeError },
    // Outside HTTP requests (message handlers wrapped in `runWithCorrelationId`).
    mixin: correlationLogFields,
    genReqId: (req: IncomingMessage, res: ServerResponse) => correlationIdOf(req, res),
    customAttributeKeys: { reqId: 'correlationId' },
    // Logs made during the request carry the correlation id, not the whole request again.
    quietReqLogger: true,
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: {
      // Middleware mounted under a path sees `req.url` relative to it; `originalUrl` is the full one.
      ignore: (req) => {
        const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
        return QUIET_PATHS.some((path) => url.startsWith(path));
      },
    },
  };
}
