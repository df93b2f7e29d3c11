import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@orbita/auth';
import type { SourceConnector } from '@orbita/integration/connector';
import {
  INTEGRATION_RPC,
  type DecideRunCommand,
  type ListRunsRequest,
  type StartRunRequest,
  type SYNC_RUN_SORT_FIELDS,
  type SyncStatusView,
} from '@orbita/integration/rpc';
import { findPage } from '@orbita/persistence';
import { RpcHandler } from '@orbita/service-host';
import { DataSource } from 'typeorm';
import { SyncConfig } from '../sync-config';
import { SyncRun } from '../sync.entities';
import { runView, SOURCE_CONNECTOR, SyncRunner } from './sync-runner';
import { SyncScheduler } from './sync-scheduler';

@Injectable()
export class RunsHandlers {
  constructor(
    private readonly runner: SyncRunner,
    private readonly scheduler: SyncScheduler,
    private readonly dataSource: DataSource,
    private readonly config: SyncConfig,
    @Inject(SOURCE_CONNECTOR) private readonly connector: SourceConnector | null,
  ) {}

  @RpcHandler(INTEGRATION_RPC.startRun)
  startRun(request: StartRunRequest, actor: Actor) {
    return this.runner.start('manual', request.full ?? false, actor.userId);
  }

  @RpcHandler(INTEGRATION_RPC.listRuns)
  async listRuns(query: ListRunsRequest) {
    const page = await findPage(this.dataSource.getRepository(SyncRun).createQueryBuilder('run'), query, {
      sortable: { startedAt: 'run.startedAt' } satisfies Record<
        (typeof SYNC_RUN_SORT_FIELDS)[number],
        string
      >,
      defaultSort: '-startedAt',
    });
    return { ...page, items: page.items.map(runView) };
  }

  @RpcHandler(INTEGRATION_RPC.decideRun)
  decideRun(command: DecideRunCommand) {
    return this.runner.decide(command.id, command.decision);
  }

  @RpcHandler(INTEGRATION_RPC.getSyncStatus)
  async getSyncStatus(): Promise<SyncStatusView> {
    const runs = this.dataSource.getRepository(SyncRun);
    const newest = { startedAt: 'DESC' } as const;
    const [lastRun, lastSucceeded, parked, nextScheduledAt] = await Promise.all([
      runs.findOne({ where: {}, order: newest }),
      runs.findOne({ where: { status: 'succeeded' }, order: newest }),
      runs.findOne({ where: { status: 'parked' }, order: newest }),
      this.scheduler.nextRunAt(),
    ]);
    const view = (run: SyncRun | null) => (run ? runView(run) : null);
    return {
      configured: this.connector !== null,
      sourceUrl: this.config.SIRIUS_URL ? withoutCredentials(this.config.SIRIUS_URL) : null,
      scheduleMinutes: this.config.INTEGRATION_SCHEDULE_MINUTES ?? null,
      nextScheduledAt: nextScheduledAt?.toISOString() ?? null,
      deletionGuardShare: this.config.INTEGRATION_DELETION_GUARD_SHARE,
      lastRun: view(lastRun),
      lastSucceeded: view(lastSucceeded),
      parked: view(parked),
    };
  }
}

/** The platform's address as shown: no user, password, query or fragment (a secret may hide in any). */
function withoutCredentials(url: string): string {
  const { origin, pathname } = new URL(url);
  return `${origin}${pathname.replace(/\/$/, '')}`;
}
