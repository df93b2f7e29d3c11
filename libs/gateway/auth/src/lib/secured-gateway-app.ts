import fastifyCookie from '@fastify/cookie';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createGatewayApp,
  SystemController,
  WebUiController,
  type GatewayConfig,
  type GatewayModuleOptions,
} from '@orbita/gateway/feature-http';
import { HealthController, MetricsController } from '@orbita/observability';
import { DataSource } from 'typeorm';
import { databaseReadinessCheck } from './database/gateway-database';
import { GATEWAY_AUTH_RESOURCES, GatewayAuthModule } from './gateway-auth.module';

/**
 * Probes and facts about the gateway itself, and the web UI's page (its data needs a token, the page
 * does not): public by nature, and outside our decorators' reach.
 */
const INFRASTRUCTURE_CONTROLLERS = [HealthController, MetricsController, SystemController, WebUiController];

/**
 * The gateway application (see `createGatewayApp`) with its security: accounts and sessions under
 * `/api/v1/auth` and `/api/v1/accounts`, the audit log, the global access guard, rate limits and the
 * refresh-token cookie; ready when NATS and the database answer. `options.resources` are the API's
 * resource modules.
 */
export async function createSecuredGatewayApp(
  config: GatewayConfig,
  options: GatewayModuleOptions = {},
): Promise<NestFastifyApplication> {
  const extraChecks = options.readinessChecks;
  const app = await createGatewayApp(config, {
    ...options,
    imports: [
      GatewayAuthModule.forRoot(config, { publicControllers: INFRASTRUCTURE_CONTROLLERS }),
      ...(options.imports ?? []),
    ],
    resources: [...GATEWAY_AUTH_RESOURCES, ...(options.resources ?? [])],
    readinessChecks: {
      inject: [DataSource, ...(extraChecks?.inject ?? [])],
      useFactory: (dataSource: DataSource, ...deps: never[]) => [
        databaseReadinessCheck(dataSource),
        ...(extraChecks?.useFactory(...deps) ?? []),
      ],
    },
  });
  await app.register(fastifyCookie);
  return app;
}
