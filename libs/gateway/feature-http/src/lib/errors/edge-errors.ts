import { CodedException, CommonErrorCode } from '@orbita/observability';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { problemLanguageOf } from './problem-catalogue';
import type { Socket } from 'node:net';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { toProblem } from './to-problem';

/** Longer request URIs answer 414: no route of the API needs more, and it keeps query strings bounded. */
export const MAX_URL_LENGTH = 8192;

/** Refuses a request URI over {@link MAX_URL_LENGTH} with a 414 problem, before any route runs. */
export function refuseLongUrls(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request) => {
    if (request.url.length > MAX_URL_LENGTH) {
      throw new CodedException(
        CommonErrorCode.URI_TOO_LONG,
        414,
        `The request URI is longer than ${MAX_URL_LENGTH} characters`,
      );
    }
  });
}

/**
 * Errors of Fastify's router, before any route or hook (a path with broken percent-encoding): answered
 * as the filter answers everything else, with Fastify's status and code.
 */
export function problemFrameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const { problem } = toProblem(error, {
    method: request.method,
    path: request.url.split('?')[0],
    language: problemLanguageOf(request.headers['accept-language']),
  });
  void reply.status(problem.status).type(`${PROBLEM_CONTENT_TYPE}; charset=utf-8`).send(JSON.stringify(problem));
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (headers or request line over Node's
 * limit, a broken request line) still answers problem+json, in Russian: there are no headers to ask.
 */
export const problemClientErrorHandler: NonNullable<FastifyServerOptions['clientErrorHandler']> = (
  error,
  socket: Socket,
) => {
  if (!socket.writable) return;
  const overflow = error.code === 'HPE_HEADER_OVERFLOW';
  const { problem } = toProblem(
    overflow
      ? new CodedException(CommonErrorCode.HEADERS_TOO_LARGE, 431, 'The request headers or URI are too large')
      : new CodedException(CommonErrorCode.REQUEST_MALFORMED, 400, 'The request could not be parsed'),
  );
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${problem.status} ${overflow ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
};
