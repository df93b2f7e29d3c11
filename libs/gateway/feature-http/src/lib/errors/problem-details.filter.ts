import { Catch, Inject, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { currentCorrelationId } from '@orbita/observability';
import { allowedMethodsOf } from './allowed-methods';
import { problemLanguageOf } from './problem-catalogue';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { toProblem } from './to-problem';

/** The parts of a Fastify request the filter reads. */
interface RequestLike {
  readonly id?: unknown;
  readonly is404?: boolean;
  readonly headers?: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * The one exception filter of the HTTP edge: every error leaves as `application/problem+json`
 * (see {@link toProblem} for the mapping), its title and detail in the language of `Accept-Language`
 * (Russian unless English is preferred). Faults (unexpected 5xx) are logged with their stack;
 * client errors are not, the request log line already has their status.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  constructor(@Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const adapter = this.adapterHost.httpAdapter;
    const request = host.switchToHttp().getRequest<RequestLike>();
    const response = host.switchToHttp().getResponse<unknown>();
    const url = String(adapter.getRequestUrl(request) ?? '');
    const path = url.split('?')[0];
    const unmatchedRoute = request.is404 === true;
    const allowedMethods = unmatchedRoute ? allowedMethodsOf(adapter.getInstance(), path) : [];
    const acceptLanguage = request.headers?.['accept-language'];
    const { problem, unexpected } = toProblem(exception, {
      method: String(adapter.getRequestMethod(request) ?? ''),
      path,
      correlationId: currentCorrelationId() ?? (typeof request.id === 'string' ? request.id : undefined),
      unmatchedRoute,
      allowedMethods,
      language: problemLanguageOf(Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage),
    });
    if (unexpected) {
      this.logger.error(exception instanceof Error ? exception : new Error(String(exception)));
    }
    if (adapter.isHeadersSent(response)) return;
    adapter.setHeader(response, 'Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
    if (problem.status === 405) adapter.setHeader(response, 'Allow', allowedMethods.join(', '));
    adapter.reply(response, JSON.stringify(problem), problem.status);
  }
}
