import { Module, type DynamicModule } from '@nestjs/common';
import { OneRosterConnector, type SourceConnector } from '@orbita/integration/connector';
import { ServiceConfig } from '@orbita/service-host';
import { IntegrationSync1767500000000 } from './migrations/1767500000000-sync';
import { IntegrationDeletionGuard1767510000000 } from './migrations/1767510000000-deletion-guard';
import { RunsHandlers } from './runs/runs.handlers';
import { SOURCE_CONNECTOR, SyncRunner } from './runs/sync-runner';
import { SYNC_SCHEDULE_INTERVAL_MS, SyncScheduler } from './runs/sync-scheduler';
import { SyncConfig } from './sync-config';
import { SyncCursor, SyncRun } from './sync.entities';

/** The tables and migrations, for the service definition. */
export const SYNC_ENTITIES = [SyncRun, SyncCursor];
export const SYNC_MIGRATIONS = [IntegrationSync1767500000000, IntegrationDeletionGuard1767510000000];

/** The configured platform's connector; null without SIRIUS_URL. Credentials have no default. */
export function sourceConnectorFor(config: SyncConfig): SourceConnector | null {
  const url = config.SIRIUS_URL;
  if (!url) return null;
  if (!config.SIRIUS_CLIENT_ID || !config.SIRIUS_CLIENT_SECRET)
    throw new Error('SIRIUS_URL is set without SIRIUS_CLIENT_ID and SIRIUS_CLIENT_SECRET');
  return new OneRosterConnector({
    baseUrl: url,
    tokenUrl: config.SIRIUS_TOKEN_URL ?? `${url.replace(/\/$/, '')}/oauth/token`,
    clientId: config.SIRIUS_CLIENT_ID,
    clientSecret: config.SIRIUS_CLIENT_SECRET,
    pageSize: config.SIRIUS_PAGE_SIZE,
    initialBackoffMs: config.SIRIUS_INITIAL_BACKOFF_MS,
  });
}

/** Sync runs with the Sirius.Schools platform (the service's config class must extend SyncConfig). */
@Module({
  providers: [
    {
      provide: SyncConfig,
      inject: [ServiceConfig],
      useFactory: (config: ServiceConfig) => {
        if (!(config instanceof SyncConfig))
          throw new Error('The integration service’s config must extend SyncConfig');
        return config;
      },
    },
    { provide: SOURCE_CONNECTOR, inject: [SyncConfig], useFactory: sourceConnectorFor },
    {
      provide: SYNC_SCHEDULE_INTERVAL_MS,
      inject: [SyncConfig],
      useFactory: (config: SyncConfig) =>
        config.INTEGRATION_SCHEDULE_MINUTES ? config.INTEGRATION_SCHEDULE_MINUTES * 60_000 : null,
    },
    SyncRunner,
    SyncScheduler,
    RunsHandlers,
  ],
})
export class IntegrationSyncModule {
  /** The same with scheduled runs this many milliseconds apart whatever the settings say (tests: minutes are long). */
  static withScheduleInterval(intervalMs: number): DynamicModule {
    return {
      module: IntegrationSyncModule,
      providers: [{ provide: SYNC_SCHEDULE_INTERVAL_MS, useValue: intervalMs }],
    };
  }
}
