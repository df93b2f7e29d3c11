import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ROADMAP_ACTIVITY_DUE_SOON_V1, ROADMAP_ACTIVITY_OVERDUE_V1 } from '@orbita/contracts';
import { UnitOfWork } from '@orbita/messaging';
import type { ServiceConfig } from '@orbita/service-host';
import { DataSource, Not } from 'typeorm';
import { ActivityViews } from '../activities/activity-views';
import { RoadmapActivity } from '../entities/roadmap-activity.entity';
import { RoadmapClock, RoadmapSettings } from '../roadmap-settings';
import { daysBetween, isDueSoon, scheduleOf, type IsoDate } from '../schedule/schedule';

export interface DeadlineCheckResult {
  dueSoon: number;
  overdue: number;
}

interface Announcement {
  activity: RoadmapActivity;
  kind: 'due_soon' | 'overdue';
  deadline: IsoDate;
  days: number;
}

/**
 * Reminds of deadlines: every ROADMAP_DEADLINE_CHECK_INTERVAL_MS each replica looks for activities
 * not done with a deadline within ROADMAP_DUE_SOON_DAYS, or past their window, and announces each once
 * per deadline. The announcement row and the event's outbox row are written in one transaction with
 * `ON CONFLICT DO NOTHING`: a replica that finds the row taken (it waits for the other's transaction)
 * announces nothing, so replicas and repeated runs never announce twice.
 */
@Injectable()
export class DeadlineWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineWatch.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly views: ActivityViews,
    private readonly settings: RoadmapSettings,
    private readonly clock: RoadmapClock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.deadlineCheckIntervalMs <= 0) return;
    this.timer = setInterval(() => this.tick(), this.settings.deadlineCheckIntervalMs);
    this.timer.unref();
    this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Announces what is due soon and what has become overdue, each once; says how many it announced. */
  async check(): Promise<DeadlineCheckResult> {
    const today = this.clock.today();
    // Sorted by id so that concurrent replicas take the announcement rows' locks in the same order.
    const open = await this.dataSource.manager.find(RoadmapActivity, {
      where: { status: Not('done') },
      order: { id: 'ASC' },
    });
    const due = open.flatMap((activity): Announcement[] => {
      const schedule = scheduleOf(activity, today);
      if (schedule.overdue) {
        return [
          {
            activity,
            kind: 'overdue',
            deadline: schedule.windowEnd,
            days: daysBetween(schedule.windowEnd, today),
          },
        ];
      }
      if (schedule.nextDeadline && isDueSoon(schedule, this.settings.dueSoonDays)) {
        return [
          { activity, kind: 'due_soon', deadline: schedule.nextDeadline, days: schedule.daysLeft ?? 0 },
        ];
      }
      return [];
    });
    const result: DeadlineCheckResult = { dueSoon: 0, overdue: 0 };
    if (due.length === 0) return result;
    const ids = due.map(({ activity }) => activity.id);
    const [responsibles, coverage] = await Promise.all([
      this.views.responsiblesOf(ids),
      this.views.coverageOf(ids, null),
    ]);
    for (const announcement of due) {
      const { activity } = announcement;
      const facts = {
        activityId: activity.id,
        roadmapId: activity.roadmapId,
        windowEnd: announcement.deadline,
        responsiblePersonIds: responsibles.get(activity.id) ?? [],
        responsibleRoles: activity.responsibleRoles,
        missingDeliverableCount: coverage.get(activity.id)?.missing ?? 0,
      };
      const announced = await this.unitOfWork.run(async (tx) => {
        const claimed: unknown[] = await tx.manager.query(
          `INSERT INTO roadmap_announcements (activity_id, kind, deadline) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING activity_id`,
          [activity.id, announcement.kind, announcement.deadline],
        );
        if (claimed.length === 0) return false;
        if (announcement.kind === 'overdue') {
          tx.publish(
            ROADMAP_ACTIVITY_OVERDUE_V1,
            { ...facts, daysOverdue: announcement.days },
            { aggregateId: activity.id },
          );
        } else {
          tx.publish(
            ROADMAP_ACTIVITY_DUE_SOON_V1,
            { ...facts, daysLeft: announcement.days },
            { aggregateId: activity.id },
          );
        }
        return true;
      });
      if (announced) result[announcement.kind === 'overdue' ? 'overdue' : 'dueSoon']++;
    }
    return result;
  }

  /** One check at a time per replica; a failed one is logged and the next tick tries again. */
  private tick(): void {
    if (this.running) return;
    this.running = this.check()
      .then((result) => {
        if (result.dueSoon + result.overdue > 0)
          this.logger.log(`Announced ${result.dueSoon} due soon, ${result.overdue} overdue`);
      })
      .catch((error: unknown) => this.logger.error(error instanceof Error ? error : new Error(String(error))))
      .finally(() => (this.running = undefined));
  }
}

/**
 * One deadline check outside the running service (the demo seed runs it right after loading the
 * roadmap, so reminders go out at once instead of at the service's next hourly check).
 */
export function checkDeadlinesNow(dataSource: DataSource, unitOfWork: UnitOfWork, config: ServiceConfig): Promise<DeadlineCheckResult> {
  const settings = RoadmapSettings.from(config);
  const clock = new RoadmapClock(settings);
  return new DeadlineWatch(dataSource, unitOfWork, new ActivityViews(dataSource, clock), settings, clock).check();
}
