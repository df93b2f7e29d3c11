import { Injectable } from '@nestjs/common';
import type { Actor } from '@orbita/auth';
import {
  INTEGRATION_RPC,
  type ListRunsRequest,
  type StartRunRequest,
  type SYNC_RUN_SORT_FIELDS,
} from '@orbita/integration/rpc';
import { findPage } from '@orbita/persistence';
import { RpcHandler } from '@orbita/service-host';
import { DataSource } from 'typeorm';
import { SyncRun } from '../sync.entities';
import { runView, SyncRunner } from './sync-runner';

@Injectable()
export class RunsHandlers {
  constructor(
    private readonly runner: SyncRunner,
    private readonly dataSource: DataSource,
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
}
