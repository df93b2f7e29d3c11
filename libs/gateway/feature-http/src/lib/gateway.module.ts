import { Module, type DynamicModule, type InjectionToken, type Type } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, RouterModule } from '@nestjs/core';
import { NatsConnectionHolder, NatsConnectionModule } from '@orbita/messaging';
import {
  HealthModule,
  natsReadinessCheck,
  ObservabilityModule,
  type ReadinessCheck,
} from '@orbita/observability';
import type { DestinationStream } from 'pino';
import { GatewayConfig } from './config/gateway-config';
import { ProblemDetailsFilter } from './errors/problem-details.filter';
import { createValidationPipe } from './errors/validation';
import { ServiceClientModule } from './services/service-client';
import { SystemModule } from './system/system.controller';
import { TransferFilesModule } from './transfers/transfer-files';
import { GATEWAY_NAME } from './system/version';
import { resolveWebRoot, WebUiModule } from './web-ui/web-ui';

/** Prefix of every resource of the API (health, metrics and the docs live outside it). */
export const API_PREFIX = 'api/v1';

export interface GatewayModuleOptions {
  /** Where log lines go; standard output when absent. */
  readonly logDestination?: DestinationStream;
  /** More resource modules, served under {@link API_PREFIX} (tests add probe routes this way). */
  readonly resources?: readonly Type<unknown>[];
  /** Modules imported at the root, outside {@link API_PREFIX}: global providers such as the auth guards. */
  readonly imports?: readonly (Type<unknown> | DynamicModule)[];
  /** Readiness checks besides NATS, built from providers of global modules (e.g. a `DataSource`). */
  readonly readinessChecks?: {
    readonly inject: readonly InjectionToken[];
    readonly useFactory: (...deps: never[]) => readonly ReadinessCheck[];
  };
}

/** The gateway's root module. */
@Module({})
export class GatewayModule {
  static forRoot(
    config: GatewayConfig,
    { logDestination, resources = [], imports = [], readinessChecks }: GatewayModuleOptions = {},
  ): DynamicModule {
    const nats = NatsConnectionModule.forRoot({
      url: config.NATS_URL,
      name: GATEWAY_NAME,
      user: config.NATS_USER,
      password: config.NATS_PASSWORD,
    });
    const apiModules = [SystemModule, ...resources];
    const webRoot = resolveWebRoot(config);
    return {
      module: GatewayModule,
      imports: [
        ObservabilityModule.forRoot({ serviceName: 'gateway', level: config.LOG_LEVEL, logDestination }),
        nats,
        ServiceClientModule.register(nats, config),
        TransferFilesModule,
        HealthModule.forRootAsync({
          imports: [nats],
          inject: [NatsConnectionHolder, ...(readinessChecks?.inject ?? [])],
          useFactory: (holder: NatsConnectionHolder, ...deps: never[]) => [
            natsReadinessCheck(() => holder.connection),
            ...(readinessChecks?.useFactory(...deps) ?? []),
          ],
        }),
        ...imports,
        ...apiModules,
        RouterModule.register([{ path: API_PREFIX, children: apiModules }]),
        ...(webRoot ? [WebUiModule.forRoot(webRoot)] : []),
      ],
      providers: [
        { provide: GatewayConfig, useValue: config },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [GatewayConfig],
    };
  }
}
