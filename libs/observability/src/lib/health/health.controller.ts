import { Controller, Get, Inject, Logger, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
} from '@nestjs/terminus';
import type { ReadinessCheck } from './readiness-check';

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

const DEFAULT_TIMEOUT_MS = 3000;

/** `GET /health/live` and `GET /health/ready`, outside any API prefix. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    @Inject(READINESS_CHECKS) private readonly checks: readonly ReadinessCheck[],
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process runs and answers HTTP' })
  @ApiOkResponse({ description: 'The process runs', schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: every dependency the service needs answers' })
  @ApiOkResponse({
    description: 'Every dependency answers',
    schema: { example: { status: 'ok', info: { nats: { status: 'up', responseTime: 1 } }, error: {} } },
  })
  @ApiServiceUnavailableResponse({
    description: 'A dependency is down: `error` names it and says why',
    schema: {
      example: {
        status: 'error',
        info: {},
        error: { nats: { status: 'down', message: 'not connected to NATS yet' } },
      },
    },
  })
  async ready(@Res() response: unknown): Promise<void> {
    const { status, body } = await this.readiness();
    this.adapterHost.httpAdapter.setHeader(response, 'Cache-Control', 'no-store');
    this.adapterHost.httpAdapter.reply(response, body, status);
  }

  /** 200 with terminus' result when every check passes, 503 with it (and `error` filled) otherwise. */
  async readiness(): Promise<{ status: 200 | 503; body: HealthCheckResult }> {
    try {
      const body = await this.health.check(
        this.checks.map(
          ({ name, check, timeoutMs }) =>
            () =>
              this.indicators
                .check(name)
                .attempt(() => check())
                .withTimeout(timeoutMs ?? DEFAULT_TIMEOUT_MS),
        ),
      );
      return { status: 200, body };
    } catch (error) {
      const body = isHealthFailure(error) ? error.getResponse() : undefined;
      if (!body) throw error;
      this.logger.warn({ failed: body.error }, 'Not ready');
      return { status: 503, body };
    }
  }
}

function isHealthFailure(error: unknown): error is { getResponse(): HealthCheckResult } {
  if (typeof error !== 'object' || error === null || !('getResponse' in error)) return false;
  const response = (error as { getResponse: () => unknown }).getResponse();
  return typeof response === 'object' && response !== null && 'status' in response && 'details' in response;
}
