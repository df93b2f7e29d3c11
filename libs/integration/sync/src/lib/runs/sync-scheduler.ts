import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { SourceConnector } from '@orbita/integration/connector';
import { DataSource } from 'typeorm';
import { SyncRun } from '../sync.entities';
import { SOURCE_CONNECTOR, SyncRunner } from './sync-runner';

/** Milliseconds between scheduled runs (INTEGRATION_SCHEDULE_MINUTES), or null: manual runs only. */
export const SYNC_SCHEDULE_INTERVAL_MS = Symbol('SYNC_SCHEDULE_INTERVAL_MS');

/** How often a replica looks whether a run is due (at most; a shorter interval looks as often). */
const POLL_MS = 60_000;

/**
 * Starts a scheduled run once the interval has passed since the last run started. Every replica polls; the
 * runner's claim decides under its lock, so replicas start one run between them and never two at once.
 */
@Injectable()
export class SyncScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SyncScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private tick: Promise<void> | null = null;
  /** The last reason a due run was skipped, logged once rather than at every poll. */
  private lastSkip: string | null = null;

  constructor(
    private readonly runner: SyncRunner,
    private readonly dataSource: DataSource,
    @Inject(SYNC_SCHEDULE_INTERVAL_MS) private readonly intervalMs: number | null,
    @Inject(SOURCE_CONNECTOR) private readonly connector: SourceConnector | null,
  ) {}

  /** The interval when runs are scheduled: a schedule is set and a platform configured. */
  private get schedule(): number | null {
    return this.connector ? this.intervalMs : null;
  }

  onApplicationBootstrap(): void {
    const intervalMs = this.schedule;
    if (intervalMs === null) return;
    this.timer = setInterval(
      () => {
        this.tick ??= this.startIfDue(intervalMs).finally(() => (this.tick = null));
      },
      Math.min(intervalMs, POLL_MS),
    );
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.tick;
  }

  /** When the next scheduled run is due (now, if overdue); null without a schedule or a platform. */
  async nextRunAt(): Promise<Date | null> {
    const intervalMs = this.schedule;
    if (intervalMs === null) return null;
    const last = await this.dataSource
      .getRepository(SyncRun)
      .findOne({ where: {}, order: { startedAt: 'DESC' } });
    return new Date(Math.max(Date.now(), (last?.startedAt.getTime() ?? 0) + intervalMs));
  }

  private async startIfDue(intervalMs: number): Promise<void> {
    try {
      const run = await this.runner.startIfDue(intervalMs);
      if (run) this.logger.log(`scheduled sync run ${run.id} started`);
      this.lastSkip = null;
    } catch (error) {
      // A run going on or parked (409), the database away: the next poll tries again.
      const reason = error instanceof Error ? error.message : String(error);
      if (reason !== this.lastSkip) this.logger.warn(`scheduled sync run skipped: ${reason}`);
      this.lastSkip = reason;
    }
  }
}
