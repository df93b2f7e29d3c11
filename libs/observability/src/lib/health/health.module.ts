import { Module, type DynamicModule, type FactoryProvider, type ModuleMetadata } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController, READINESS_CHECKS } from './health.controller';
import type { ReadinessCheck } from './readiness-check';

export interface HealthModuleOptions {
  readonly checks: readonly ReadinessCheck[];
}

export interface HealthModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  /** Builds the checks from injected providers (a `DataSource`, a NATS connection holder, …). */
  readonly useFactory: (...deps: never[]) => readonly ReadinessCheck[] | Promise<readonly ReadinessCheck[]>;
  readonly inject?: FactoryProvider['inject'];
}

/**
 * `/health/live` (200 while the process runs) and `/health/ready` (200 when every
 * {@link ReadinessCheck} passes, 503 naming the ones that failed).
 */
@Module({})
export class HealthModule {
  static forRoot({ checks }: HealthModuleOptions): DynamicModule {
    return {
      module: HealthModule,
      imports: [terminus()],
      controllers: [HealthController],
      providers: [{ provide: READINESS_CHECKS, useValue: checks }],
    };
  }

  static forRootAsync({ imports = [], useFactory, inject = [] }: HealthModuleAsyncOptions): DynamicModule {
    return {
      module: HealthModule,
      imports: [...imports, terminus()],
      controllers: [HealthController],
      providers: [
        {
          provide: READINESS_CHECKS,
          useFactory: useFactory as (...deps: unknown[]) => Promise<readonly ReadinessCheck[]>,
          inject,
        },
      ],
    };
  }
}

function terminus(): DynamicModule {
  // Failures are logged by the controller, through the application's logger.
  return TerminusModule.forRoot({ logger: false, gracefulShutdownTimeoutMs: 0 });
}
