import { HttpException } from '@nestjs/common';
import { CommonErrorCode, isCodedError, type CodedError } from '@orbita/observability';
import { isTransientDatabaseError } from '@orbita/persistence';
import { STATUS_CODES } from 'node:http';
import { problemTexts, type ProblemLanguage } from './problem-catalogue';
import { PROBLEM_TYPE_PREFIX, type ProblemDetails } from './problem-details';

/** Where the error happened, for `instance`, `correlationId` and telling a 404 route from a 404 resource. */
export interface ProblemContext {
  readonly method?: string;
  /** Request path, without the query string (it may hold personal data). */
  readonly path?: string;
  readonly correlationId?: string;
  /** The request matched no route. */
  readonly unmatchedRoute?: boolean;
  /** Methods other routes answer on this path (an unmatched route there is a 405). */
  readonly allowedMethods?: readonly string[];
  /** Language of `title` and `detail`; Russian when absent. */
  readonly language?: ProblemLanguage;
}

export interface MappedProblem {
  readonly problem: ProblemDetails;
  /** 5xx that was not a coded error: a fault to log with its stack. */
  readonly unexpected: boolean;
}

const CODE_BY_STATUS: Record<number, CommonErrorCode> = {
  400: CommonErrorCode.REQUEST_INVALID,
  401: CommonErrorCode.UNAUTHENTICATED,
  403: CommonErrorCode.FORBIDDEN,
  404: CommonErrorCode.NOT_FOUND,
  405: CommonErrorCode.METHOD_NOT_ALLOWED,
  409: CommonErrorCode.CONFLICT,
  413: CommonErrorCode.REQUEST_TOO_LARGE,
  414: CommonErrorCode.URI_TOO_LONG,
  415: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: CommonErrorCode.RATE_LIMITED,
  503: CommonErrorCode.SERVICE_UNAVAILABLE,
  504: CommonErrorCode.TIMEOUT,
};

/** Errors Fastify raises while reading the request, by their `code`. */
const CODE_BY_FASTIFY_CODE: Record<string, CommonErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: CommonErrorCode.REQUEST_MALFORMED,
  FST_ERR_CTP_EMPTY_JSON_BODY: CommonErrorCode.REQUEST_MALFORMED,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: CommonErrorCode.REQUEST_MALFORMED,
  FST_ERR_CTP_BODY_TOO_LARGE: CommonErrorCode.REQUEST_TOO_LARGE,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
  FST_ERR_BAD_URL: CommonErrorCode.REQUEST_MALFORMED,
};

const INTERNAL_DETAIL = 'An unexpected error occurred. Quote the correlation id when reporting it.';

/**
 * Maps anything thrown while handling a request to problem details, in this order:
 * 1. a coded error (`{ code, status, message, errors? }`: a `CodedException`, or an error
 *    another service returned over RPC, also wrapped in an `RpcException`) keeps its code, status
 *    and field errors;
 * 2. an `HttpException` (Nest's, or a client error Fastify raised and Nest wrapped) gets the code
 *    of its cause or status;
 * 3. any other error with a 4xx `statusCode` is the client's: its status, its message;
 * 4. the gateway's own database being away (sessions, accounts, audit) is a 503, worth retrying;
 * 5. anything else is a 500 `INTERNAL` whose message is not shown.
 */
export function toProblem(exception: unknown, context: ProblemContext = {}): MappedProblem {
  const error = classify(exception, context);
  const { title, detail } = problemTexts(context.language ?? 'ru', error, {
    fields: [...new Set((error.errors ?? []).map(({ field }) => field))],
    method: context.method,
    path: context.path,
    allow: context.allowedMethods,
  });
  const problem: ProblemDetails = {
    // Extension members first: they never replace a member RFC 9457 or this API defines.
    ...error.extensions,
    type: `${PROBLEM_TYPE_PREFIX}${error.code}`,
    title,
    status: error.status,
    code: error.code,
    detail,
    ...(context.path !== undefined && { instance: context.path }),
    ...(context.correlationId !== undefined && { correlationId: context.correlationId }),
    ...(error.errors &&
      error.errors.length > 0 && { errors: error.errors.map(({ field, message }) => ({ field, message })) }),
  };
  return { problem, unexpected: error.unexpected };
}

interface Classified extends CodedError {
  readonly unexpected: boolean;
}

function classify(exception: unknown, context: ProblemContext): Classified {
  const coded = codedErrorOf(exception);
  if (coded) {
    // Not a spread: an Error's `message` is not enumerable.
    const { code, status, message, extensions } = coded;
    return { code, status, message, errors: coded.errors ? [...coded.errors] : undefined, extensions, unexpected: false };
  }

  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const fastifyCode = CODE_BY_FASTIFY_CODE[stringProp(exception.cause, 'code') ?? ''];
    if (status === 404 && context.unmatchedRoute && context.allowedMethods?.length) {
      return {
        code: CommonErrorCode.METHOD_NOT_ALLOWED,
        status: 405,
        message: `${context.method ?? ''} is not allowed here; allowed: ${context.allowedMethods.join(', ')}`.trim(),
        unexpected: false,
      };
    }
    if (status === 404 && context.unmatchedRoute) {
      return {
        code: CommonErrorCode.ROUTE_NOT_FOUND,
        status,
        message: `No route ${context.method ?? ''} ${context.path ?? ''}`.replace(/\s+/g, ' ').trim(),
        unexpected: false,
      };
    }
    if (status >= 500 && status !== 503 && status !== 504) {
      return { code: CommonErrorCode.INTERNAL, status, message: INTERNAL_DETAIL, unexpected: true };
    }
    return {
      code:
        fastifyCode ??
        CODE_BY_STATUS[status] ??
        (status < 500 ? CommonErrorCode.REQUEST_INVALID : CommonErrorCode.INTERNAL),
      status,
      message: messageOf(exception.getResponse()) ?? exception.message,
      unexpected: false,
    };
  }

  const statusCode = numberProp(exception, 'statusCode');
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
    const fastifyCode = CODE_BY_FASTIFY_CODE[stringProp(exception, 'code') ?? ''];
    return {
      code: fastifyCode ?? CODE_BY_STATUS[statusCode] ?? CommonErrorCode.REQUEST_INVALID,
      status: statusCode,
      message: stringProp(exception, 'message') ?? STATUS_CODES[statusCode] ?? 'Bad request',
      unexpected: false,
    };
  }

  if (isTransientDatabaseError(exception)) {
    return {
      code: CommonErrorCode.SERVICE_UNAVAILABLE,
      status: 503,
      message: 'The gateway cannot reach its database; try again shortly',
      unexpected: true,
    };
  }

  return { code: CommonErrorCode.INTERNAL, status: 500, message: INTERNAL_DETAIL, unexpected: true };
}

/** The coded error an exception is or carries (`RpcException#getError()`, an HttpException's body). */
function codedErrorOf(exception: unknown): CodedError | undefined {
  if (isCodedError(exception)) return exception;
  if (typeof exception !== 'object' || exception === null) return undefined;
  const carrier = exception as { getError?: unknown; getResponse?: unknown };
  for (const getter of [carrier.getError, carrier.getResponse]) {
    if (typeof getter === 'function') {
      const carried: unknown = getter.call(exception);
      if (isCodedError(carried)) return carried;
    }
  }
  return undefined;
}

function messageOf(response: string | object): string | undefined {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message) && message.every((item) => typeof item === 'string')) return message.join('; ');
  return undefined;
}

function stringProp(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const prop = (value as Record<string, unknown>)[key];
  return typeof prop === 'string' ? prop : undefined;
}

function numberProp(value: unknown, key: string): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const prop = (value as Record<string, unknown>)[key];
  return typeof prop === 'number' ? prop : undefined;
}
