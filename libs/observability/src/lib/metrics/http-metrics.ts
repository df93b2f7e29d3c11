import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { correlationIdOf } from '../correlation/correlation';
import { createHistogram } from './metrics-registry';

/** Route label of requests that matched no route, so that scanners cannot blow up the label set. */
export const UNMATCHED_ROUTE = 'UNMATCHED';

export const httpRequestDuration = createHistogram<'method' | 'route' | 'status'>({
  name: 'orbita_http_request_duration_seconds',
  help: 'HTTP request duration in seconds, by method, route pattern and response status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

/** The parts of a Fastify instance the hooks use. */
interface FastifyLike {
  setGenReqId(genReqId: (req: IncomingMessage) => string): unknown;
  addHook(
    name: 'onResponse',
    hook: (
      request: { method: string; routeOptions?: { url?: string } },
      reply: { statusCode: number; elapsedTime: number },
      done: () => void,
    ) => void,
  ): unknown;
}

/**
 * Fastify glue: the request id Fastify (and so middie and pino-http) uses is the correlation id,
 * and an `onResponse` hook observes {@link httpRequestDuration} for every response, errors and 404s
 * included (the route label is the route's pattern, e.g. `/api/v1/schools/:id`).
 */
@Injectable()
export class FastifyObservabilityHooks implements OnModuleInit {
  private readonly logger = new Logger(FastifyObservabilityHooks.name);

  constructor(@Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter as HttpAdapterHost['httpAdapter'] | undefined;
    if (!adapter) return; // an application context without HTTP
    if (adapter.getType() !== 'fastify') {
      this.logger.warn(`HTTP observability needs the Fastify adapter, not ${adapter.getType()}`);
      return;
    }
    const fastify = adapter.getInstance() as FastifyLike;
    fastify.setGenReqId((req) => correlationIdOf(req));
    fastify.addHook('onResponse', (request, reply, done) => {
      httpRequestDuration.observe(
        {
          method: request.method,
          route: request.routeOptions?.url ?? UNMATCHED_ROUTE,
          status: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
      done();
    });
  }
}
