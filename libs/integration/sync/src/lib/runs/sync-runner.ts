import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { REGISTRATIONS_COUNTED_V1 } from '@orbita/contracts';
import { SOURCE_KINDS, type SourceConnector, type SourceKind } from '@orbita/integration/connector';
import { IntegrationErrorCode, type SyncRunView, type SyncTrigger } from '@orbita/integration/rpc';
import { UnitOfWork } from '@orbita/messaging';
import { CodedException, createCounter, createHistogram } from '@orbita/observability';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SyncConfig } from '../sync-config';
import { SyncCursor, SyncRun, type KindCounts } from '../sync.entities';
import { storePage } from './external-records';
import { countRegistrations } from './registrations';

/** The connector of the configured platform, or null when none is configured. */
export const SOURCE_CONNECTOR = Symbol('SOURCE_CONNECTOR');

/** The platform the cursor belongs to (one for now; the key leaves room for another). */
const SOURCE = 'sirius';
/** Serialises claiming a run across replicas (pg_advisory_xact_lock key). */
const CLAIM_LOCK = 74_231_001;

const runsTotal = createCounter<'result'>({
  name: 'integration_runs_total',
  help: 'Attempts of sync runs with the platform that ended, by result (succeeded, failed)',
  labelNames: ['result'],
});
const recordsTotal = createCounter<'kind' | 'outcome'>({
  name: 'integration_records_total',
  help: 'Records read from the platform, by roster and what storing them did',
  labelNames: ['kind', 'outcome'],
});
const attemptSeconds = createHistogram({
  name: 'integration_run_attempt_duration_seconds',
  help: 'Duration of one attempt of a sync run, until it succeeded or failed',
  buckets: [1, 5, 15, 60, 300, 900, 3600],
});

const zeroCounts = (): Record<SourceKind, KindCounts> =>
  Object.fromEntries(
    SOURCE_KINDS.map((kind) => [kind, { read: 0, created: 0, updated: 0, unchanged: 0, markedDeleted: 0 }]),
  ) as Record<SourceKind, KindCounts>;

export function runView(run: SyncRun): SyncRunView {
  return {
    id: run.id,
    trigger: run.trigger,
    status: run.status,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null,
    attempts: run.attempts,
    changesSince: run.changesSince?.toISOString() ?? null,
    cursor: run.cursor.toISOString(),
    progress: { kind: run.kind, offset: run.kindOffset },
    counts: run.counts,
    errors: run.errors,
    parkedSchools: [],
  };
}

/**
 * Runs syncs with the platform: one at a time, each page stored with the run's progress in one transaction,
 * so that a run stopped anywhere (the platform down, the process killed) resumes from its last stored page
 * with the same window. On success, in one transaction: the cursor taken before the run becomes the next
 * run's start, and `integration.registrations.counted.v1` is published.
 */
@Injectable()
export class SyncRunner implements OnApplicationShutdown {
  private readonly logger = new Logger(SyncRunner.name);
  private active: Promise<void> | null = null;
  private readonly stopping = new AbortController();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly config: SyncConfig,
    @Inject(SOURCE_CONNECTOR) private readonly connector: SourceConnector | null,
  ) {}

  async start(trigger: SyncTrigger, full: boolean, requestedBy: string | null): Promise<SyncRunView> {
    const connector = this.connector;
    if (!connector)
      throw new CodedException(
        IntegrationErrorCode.SOURCE_NOT_CONFIGURED,
        409,
        'No Sirius.Schools platform is configured (SIRIUS_URL, SIRIUS_CLIENT_ID, SIRIUS_CLIENT_SECRET)',
      );
    if (this.active) throw runInProgress();
    const run = await this.claim(trigger, full, requestedBy);
    this.active = this.execute(connector, run).finally(() => (this.active = null));
    return runView(run);
  }

  /** Resolves when no run is going on in this process (tests; shutdown). */
  async idle(): Promise<void> {
    await this.active;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort(new Error('the service is stopping'));
    await this.active;
  }

  /** A new run, or the last one if it stopped unfinished (failed, or running with a stale heartbeat). */
  private claim(trigger: SyncTrigger, full: boolean, requestedBy: string | null): Promise<SyncRun> {
    return this.unitOfWork.run(async ({ manager }) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CLAIM_LOCK]);
      const [{ now }] = await manager.query<Array<{ now: Date }>>('SELECT now()');
      const last = await manager.findOne(SyncRun, { where: {}, order: { startedAt: 'DESC' } });
      if (last && last.status !== 'succeeded') {
        const stale =
          now.getTime() - last.heartbeatAt.getTime() > this.config.INTEGRATION_RUN_STALE_SECONDS * 1000;
        if (last.status === 'running' && !stale) throw runInProgress();
        Object.assign(last, {
          status: 'running',
          attempts: last.attempts + 1,
          heartbeatAt: now,
          finishedAt: null,
        });
        return manager.save(last);
      }
      const cursor = full ? null : await manager.findOneBy(SyncCursor, { source: SOURCE });
      return manager.save(
        manager.create(SyncRun, {
          id: randomUUID(),
          trigger,
          status: 'running',
          requestedBy,
          startedAt: now,
          finishedAt: null,
          attempts: 1,
          changesSince: cursor?.cursor ?? null,
          cursor: new Date(now.getTime() - this.config.SIRIUS_CURSOR_OVERLAP_SECONDS * 1000),
          kind: SOURCE_KINDS[0],
          kindOffset: 0,
          heartbeatAt: now,
          counts: zeroCounts(),
          errors: [],
        }),
      );
    });
  }

  private async execute(connector: SourceConnector, claimed: SyncRun): Promise<void> {
    const runId = claimed.id;
    const attemptEnded = attemptSeconds.startTimer();
    try {
      const first = claimed.kind ? SOURCE_KINDS.indexOf(claimed.kind) : SOURCE_KINDS.length;
      for (const kind of SOURCE_KINDS.slice(first)) {
        const offset = kind === claimed.kind ? claimed.kindOffset : 0;
        await this.progress(runId, kind, offset);
        const pages = connector.pages(kind, {
          since: claimed.changesSince,
          offset,
          signal: this.stopping.signal,
        });
        for await (const page of pages) {
          await this.unitOfWork.run(async ({ manager }) => {
            const counts = await storePage(manager, runId, kind, page.records);
            countRecords(kind, counts);
            const run = await lockedRun(manager, runId);
            run.counts = { ...run.counts, [kind]: add(run.counts[kind], counts) };
            run.kindOffset = page.offset + page.records.length;
            run.heartbeatAt = new Date();
            await manager.save(run);
          });
        }
      }
      await this.finish(runId);
      runsTotal.inc({ result: 'succeeded' });
      attemptEnded();
    } catch (error) {
      runsTotal.inc({ result: 'failed' });
      attemptEnded();
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`sync run ${runId} stopped: ${message}`);
      await this.unitOfWork
        .run(async ({ manager }) => {
          const run = await lockedRun(manager, runId);
          run.status = 'failed';
          run.finishedAt = new Date();
          run.errors = [...run.errors, { at: run.finishedAt.toISOString(), message: message.slice(0, 1000) }];
          await manager.save(run);
        })
        // The database itself is away: the run stays `running` and resumes once its heartbeat is stale.
        .catch((failure: unknown) => this.logger.error(`sync run ${runId}: ${String(failure)}`));
    }
  }

  private progress(runId: string, kind: SourceKind, offset: number): Promise<void> {
    return this.unitOfWork.run(async ({ manager }) => {
      await manager.update(SyncRun, { id: runId }, { kind, kindOffset: offset, heartbeatAt: new Date() });
    });
  }

  private finish(runId: string): Promise<void> {
    return this.unitOfWork.run(async (tx) => {
      const run = await lockedRun(tx.manager, runId);
      const finishedAt = new Date();
      Object.assign(run, {
        status: 'succeeded',
        finishedAt,
        kind: null,
        kindOffset: 0,
        heartbeatAt: finishedAt,
      });
      await tx.manager.save(run);
      await tx.manager.upsert(SyncCursor, { source: SOURCE, cursor: run.cursor, runId }, ['source']);
      const registrations = await countRegistrations(tx.manager);
      tx.publish(
        REGISTRATIONS_COUNTED_V1,
        { runId, countedAt: finishedAt.toISOString(), ...registrations },
        { aggregateId: SOURCE },
      );
    });
  }
}

const runInProgress = () =>
  new CodedException(
    IntegrationErrorCode.RUN_IN_PROGRESS,
    409,
    'A sync run is going on: wait for it to finish',
  );

function lockedRun(manager: EntityManager, id: string): Promise<SyncRun> {
  return manager.findOneOrFail(SyncRun, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

function countRecords(kind: SourceKind, counts: KindCounts): void {
  recordsTotal.inc({ kind, outcome: 'created' }, counts.created);
  recordsTotal.inc({ kind, outcome: 'updated' }, counts.updated);
  recordsTotal.inc({ kind, outcome: 'unchanged' }, counts.unchanged);
}

function add(a: KindCounts, b: KindCounts): KindCounts {
  return {
    read: a.read + b.read,
    created: a.created + b.created,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
    markedDeleted: a.markedDeleted + b.markedDeleted,
  };
}
