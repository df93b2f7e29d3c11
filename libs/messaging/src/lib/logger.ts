import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

/** A JSON logger for library code used outside Nest (relays, consumers in tools and tests). */
export function defaultLogger(name: string): Logger {
  return pino({ name, level: process.env['LOG_LEVEL'] ?? 'info' });
}
