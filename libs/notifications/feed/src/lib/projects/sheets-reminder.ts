import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Alerts } from '../alerts/alerts.service';
import { FeedSettings } from '../feed-settings';
import type { StageKind } from '@orbita/contracts';

const REGION_TIME_ZONE = 'Asia/Tomsk';

/** The time, injected so that tests can fix "today". */
@Injectable()
export class FeedClock {
  now(): Date {
    return new Date();
  }

  /** Today's date in the region (stages end on the region's calendar days). */
  today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: REGION_TIME_ZONE }).format(this.now());
  }
}

interface DueExpert {
  stageId: string;
  expertPersonId: string;
  stageKind: StageKind;
  stageEndsOn: string;
  daysLeft: number;
  outstandingSheets: number;
}

/**
 * Reminds experts of their unsubmitted sheets: every NOTIFICATIONS_SHEETS_CHECK_INTERVAL_MS it looks for
 * experts with an assigned sheet not submitted at a stage that is not closed and ends within
 * NOTIFICATIONS_SHEETS_REMINDER_DAYS, and reminds each once per stage. The reminder's row and its
 * notification are written in one transaction, the row claimed with `ON CONFLICT DO NOTHING`: replicas
 * and repeated runs never remind twice, and the row's id is the notification's occasion.
 */
@Injectable()
export class SheetsReminder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SheetsReminder.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Alerts) private readonly alerts: Alerts,
    @Inject(FeedSettings) private readonly settings: FeedSettings,
    @Inject(FeedClock) private readonly clock: FeedClock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.sheetsCheckIntervalMs <= 0) return;
    this.timer = setInterval(() => this.tick(), this.settings.sheetsCheckIntervalMs);
    this.timer.unref();
    this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Sends the reminders due today; says how many experts it reminded. */
  async check(): Promise<number> {
    const due: DueExpert[] = await this.dataSource.query(
      `SELECT a.stage_id AS "stageId", a.expert_person_id AS "expertPersonId", min(a.stage_kind) AS "stageKind",
              to_char(min(a.stage_ends_on), 'YYYY-MM-DD') AS "stageEndsOn",
              (min(a.stage_ends_on) - $1::date)::int AS "daysLeft", count(*)::int AS "outstandingSheets"
         FROM project_assignments a
        WHERE NOT a.submitted AND a.stage_ends_on BETWEEN $1::date AND $1::date + $2::int
          AND NOT EXISTS (SELECT 1 FROM project_closed_stages c WHERE c.stage_id = a.stage_id)
          AND NOT EXISTS (SELECT 1 FROM project_sheet_reminders r
                           WHERE r.stage_id = a.stage_id AND r.expert_person_id = a.expert_person_id)
        GROUP BY a.stage_id, a.expert_person_id
        ORDER BY a.stage_id, a.expert_person_id`,
      [this.clock.today(), this.settings.sheetsReminderDays],
    );
    let reminded = 0;
    for (const expert of due) {
      const sent = await this.dataSource.transaction(async (manager) => {
        const [claimed]: { id: string }[] = await manager.query(
          `INSERT INTO project_sheet_reminders (stage_id, expert_person_id) VALUES ($1, $2)
           ON CONFLICT DO NOTHING RETURNING id`,
          [expert.stageId, expert.expertPersonId],
        );
        if (!claimed) return false;
        await this.alerts.deliver(
          manager,
          claimed.id,
          { kind: 'people', personIds: [expert.expertPersonId] },
          {
            kind: 'project_sheets_due_soon',
            stageKind: expert.stageKind,
            stageEndsOn: expert.stageEndsOn,
            daysLeft: expert.daysLeft,
            outstandingSheets: expert.outstandingSheets,
          },
        );
        return true;
      });
      if (sent) reminded++;
    }
    return reminded;
  }

  /** One check at a time per replica; a failed one is logged and the next tick tries again. */
  private tick(): void {
    if (this.running) return;
    this.running = this.check()
      .then((reminded) => {
        if (reminded > 0) this.logger.log(`Reminded ${reminded} expert(s) of unsubmitted sheets`);
      })
      .catch((error: unknown) => this.logger.error(error instanceof Error ? error : new Error(String(error))))
      .finally(() => (this.running = undefined));
  }
}
