import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** HTTP request/response header and NATS message header that carry the correlation id. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';

/** What a caller may send as a correlation id: short, no spaces or control characters. */
const ACCEPTABLE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

interface CorrelationContext {
  readonly correlationId: string;
  /** Set for HTTP requests, whose log lines get the id from pino-http already. */
  readonly http?: boolean;
}

const storage = new AsyncLocalStorage<CorrelationContext>();
const ids = new WeakMap<IncomingMessage, string>();

export function newCorrelationId(): string {
  return randomUUID();
}

/** The given id when it is acceptable (first one of a repeated header), otherwise a new one. */
export function acceptCorrelationId(candidate: unknown): string {
  const value = Array.isArray(candidate) ? candidate[0] : candidate;
  return typeof value === 'string' && ACCEPTABLE_ID.test(value) ? value : newCorrelationId();
}

/** The correlation id of the request being handled, or of the message being consumed. */
export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

/**
 * Runs `fn` with `correlationId` as the current one; a message consumer wraps each handler in it
 * with the id from the message's `x-correlation-id` header (see {@link acceptCorrelationId}).
 */
export function runWithCorrelationId<T>(correlationId: string, fn: () => T): T {
  return storage.run({ correlationId }, fn);
}

/**
 * The correlation id of an HTTP request: decided once per request (the `x-correlation-id` header
 * or a new UUID) and echoed in the response header. Logging and the correlation middleware both
 * ask it, in whichever order they run.
 */
export function correlationIdOf(req: IncomingMessage, res?: ServerResponse): string {
  let id = ids.get(req);
  if (id === undefined) {
    id = acceptCorrelationId(req.headers[CORRELATION_ID_HEADER]);
    ids.set(req, id);
  }
  if (res && !res.headersSent && res.getHeader(CORRELATION_ID_HEADER) === undefined) {
    res.setHeader(CORRELATION_ID_HEADER, id);
  }
  return id;
}

/** Connect-style middleware: makes the request's correlation id current for everything it causes. */
export function correlationMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  storage.run({ correlationId: correlationIdOf(req, res), http: true }, next);
}

/**
 * Fields pino adds to every line (its `mixin`): the correlation id of the message being handled
 * (see {@link runWithCorrelationId}). Nothing inside an HTTP request, whose lines carry it already.
 */
export function correlationLogFields(): { correlationId?: string } {
  const context = storage.getStore();
  return context && !context.http ? { correlationId: context.correlationId } : {};
}
