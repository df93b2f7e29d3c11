import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { REGISTRATIONS_COUNTED_V1 } from '@orbita/contracts';
import { SOURCE_KINDS, type SourceConnector, type SourceKind } from '@orbita/integration/connector';
import {
  IntegrationErrorCode,
  type RunDecision,
  type SyncRunView,
  type SyncTrigger,
} from '@orbita/integration/rpc';
import { UnitOfWork, type TransactionContext } from '@orbita/messaging';
import { CodedException, createCounter, createHistogram } from '@orbita/observability';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SyncConfig } from '../sync-config';
import { SyncCursor, SyncRun, type KindCounts } from '../sync.entities';
import { applyStagedDeletions, dropStagedDeletions, schoolsOverGuard } from './deletion-guard';
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
  help: 'Attempts of sync runs with the platform that ended, by result (succeeded, failed, parked by the mass-deletion guard)',
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
    parkedSchools: run.parkedSchools,
  };
}

/**
 * Runs syncs with the platform: one at a time, each page stored with the run's progress in one transaction,
 * so that a run stopped anywhere (the platform down, the process killed) resumes from its last stored page
 * with the same window. Its deletions are staged; once read through, a run that would remove more than the
 * guard's share of a school's people is parked for a decision, any other succeeds. On success (or a
 * decision), in one transaction: the staged deletions applied (or dropped), the cursor taken before the run
 * becomes the next run's start, and `integration.registrations.counted.v1` is published.
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

  start(trigger: SyncTrigger, full: boolean, requestedBy: string | null): Promise<SyncRunView> {
    // Without a schedule to be due on, a claim always finds a run.
    return this.begin({ trigger, full, requestedBy, dueAfterMs: null }) as Promise<SyncRunView>;
  }

  /**
   * A scheduled run, if `intervalMs` have passed since the last run started (so that replicas, each with its
   * timer, start one between them); null when not due yet.
   */
  startIfDue(intervalMs: number): Promise<SyncRunView | null> {
    return this.begin({ trigger: 'scheduled', full: false, requestedBy: null, dueAfterMs: intervalMs });
  }

  /**
   * Decides a parked run: approved, its staged deletions are applied and it succeeds; rejected, they are
   * dropped (the records stay active) and it ends `rejected`; either way the cursor moves and the counts are
   * published. Rejecting a failed run abandons it: nothing more is applied and the next start is fresh.
   */
  decide(id: string, decision: RunDecision): Promise<SyncRunView> {
    return this.unitOfWork.run(async (tx) => {
      await tx.manager.query('SELECT pg_advisory_xact_lock($1)', [CLAIM_LOCK]);
      const run = await tx.manager.findOne(SyncRun, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!run) throw new CodedException(IntegrationErrorCode.RUN_NOT_FOUND, 404, `No sync run ${id}`);
      if (run.status === 'parked' && decision === 'approve') {
        await applyStagedDeletions(tx.manager, id);
        await this.complete(tx, run, 'succeeded');
      } else if (run.status === 'parked') {
        await dropStagedDeletions(tx.manager, id);
        await this.complete(tx, run, 'rejected');
      } else if (run.status === 'failed' && decision === 'reject') {
        await dropStagedDeletions(tx.manager, id);
        run.status = 'rejected';
        await tx.manager.save(run);
      } else {
        throw new CodedException(
          IntegrationErrorCode.RUN_NOT_PARKED,
          409,
          `Sync run ${id} is ${run.status}: only a parked run is approved or rejected, and a failed one abandoned (rejected)`,
        );
      }
      return runView(run);
    });
  }

  private async begin(request: ClaimRequest): Promise<SyncRunView | null> {
    const connector = this.connector;
    if (!connector)
      throw new CodedException(
        IntegrationErrorCode.SOURCE_NOT_CONFIGURED,
        409,
        'No Sirius.Schools platform is configured (SIRIUS_URL, SIRIUS_CLIENT_ID, SIRIUS_CLIENT_SECRET)',
      );
    if (this.active) throw runInProgress();
    const run = await this.claim(request);
    if (!run) return null;
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

  /**
   * A new run, or the last one if it stopped unfinished (failed, or running with a stale heartbeat); none
   * while a run is parked, nor when a scheduled one is not due.
   */
  private claim({ trigger, full, requestedBy, dueAfterMs }: ClaimRequest): Promise<SyncRun | null> {
    return this.unitOfWork.run(async ({ manager }) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CLAIM_LOCK]);
      const [{ now }] = await manager.query<Array<{ now: Date }>>('SELECT now()');
      const last = await manager.findOne(SyncRun, { where: {}, order: { startedAt: 'DESC' } });
      if (dueAfterMs !== null && last && now.getTime() - last.startedAt.getTime() < dueAfterMs) return null;
      if (last?.status === 'parked')
        throw new CodedException(
          IntegrationErrorCode.RUN_PARKED,
          409,
          `Sync run ${last.id} is parked by the mass-deletion guard: approve or reject it first`,
        );
      if (last && (last.status === 'running' || last.status === 'failed')) {
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
          parkedSchools: [],
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
      runsTotal.inc({ result: await this.finish(runId) });
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

  /** The run read through: parked by the guard (cursor kept, nothing published), or applied and succeeded. */
  private finish(runId: string): Promise<'parked' | 'succeeded'> {
    return this.unitOfWork.run(async (tx) => {
      const run = await lockedRun(tx.manager, runId);
      const finishedAt = new Date();
      Object.assign(run, { finishedAt, kind: null, kindOffset: 0, heartbeatAt: finishedAt });
      const overGuard = await schoolsOverGuard(
        tx.manager,
        runId,
        this.config.INTEGRATION_DELETION_GUARD_SHARE,
      );
      if (overGuard.length) {
        Object.assign(run, { status: 'parked', parkedSchools: overGuard });
        await tx.manager.save(run);
        this.logger.warn(`sync run ${runId} parked: ${overGuard.length} school(s) over the deletion guard`);
        return 'parked';
      }
      await applyStagedDeletions(tx.manager, runId);
      await this.complete(tx, run, 'succeeded');
      return 'succeeded';
    });
  }

  /** Ends a run that was read through: its cursor becomes the next run's start, its counts are published. */
  private async complete(
    tx: TransactionContext,
    run: SyncRun,
    status: 'succeeded' | 'rejected',
  ): Promise<void> {
    run.status = status;
    await tx.manager.save(run);
    await tx.manager.upsert(SyncCursor, { source: SOURCE, cursor: run.cursor, runId: run.id }, ['source']);
    const registrations = await countRegistrations(tx.manager);
    tx.publish(
      REGISTRATIONS_COUNTED_V1,
      { runId: run.id, countedAt: new Date().toISOString(), ...registrations },
      { aggregateId: SOURCE },
    );
  }
}

interface ClaimRequest {
  trigger: SyncTrigger;
  full: boolean;
  requestedBy: string | null;
  /** A scheduled run: only if this long has passed since the last run started. */
  dueAfterMs: number | null;
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
