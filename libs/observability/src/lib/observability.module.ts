import {
  Module,
  RequestMethod,
  type DynamicModule,
  type INestApplicationContext,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { Logger, LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { correlationMiddleware } from './correlation/correlation';
import { createPinoHttpOptions, type LoggingOptions } from './logging/pino-options';
import { FastifyObservabilityHooks } from './metrics/http-metrics';
import { collectProcessMetrics } from './metrics/metrics-registry';
import { MetricsController } from './metrics/metrics.controller';

/** Every request, matched or not (404s get a correlation id and a log line too). */
const EVERY_ROUTE = { path: '{*splat}', method: RequestMethod.ALL };

export interface ObservabilityModuleOptions extends LoggingOptions {
  /** Where log lines go; standard output when absent. Tests pass a stream to read them back. */
  readonly logDestination?: DestinationStream;
}

/**
 * Logging (pino JSON lines through nestjs-pino, redaction, correlation ids), `/metrics` with the
 * process metrics and the HTTP request duration histogram. Import it once, in the root module;
 * the pino logger is a process-wide singleton (nestjs-pino), so the first application built in a
 * process decides where the lines go.
 */
@Module({})
export class ObservabilityModule implements NestModule {
  static forRoot({ logDestination, ...logging }: ObservabilityModuleOptions): DynamicModule {
    collectProcessMetrics();
    const options = createPinoHttpOptions(logging);
    return {
      module: ObservabilityModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: logDestination ? [options, logDestination] : options,
          // nestjs-pino's default, `{/*splat}`, matches nothing on Nest 12 with Fastify.
          forRoutes: [EVERY_ROUTE],
        }),
      ],
      controllers: [MetricsController],
      providers: [FastifyObservabilityHooks],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(correlationMiddleware).forRoutes(EVERY_ROUTE);
  }
}

/**
 * Makes Nest's own logging (and every `new Logger(...)` of the application) go through pino.
 * Call right after `NestFactory.create(…, { bufferLogs: true })`.
 */
export function useStructuredLogger(app: INestApplicationContext): void {
  app.useLogger(app.get(Logger));
}
