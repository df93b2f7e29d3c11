import { Injectable } from '@nestjs/common';
import type { SchoolScope } from '@orbita/auth';
import type { RoadmapActivityView } from '@orbita/registry/rpc';
import { DataSource, In, type EntityManager } from 'typeorm';
import { RoadmapActivity } from '../entities/roadmap-activity.entity';
import { RoadmapStage } from '../entities/roadmap-stage.entity';
import { RoadmapClock } from '../roadmap-settings';
import { scheduleOf } from '../schedule/schedule';
import type { Coverage } from './progress';

/**
 * A deliverable `d` lacking evidence of the school bound as `school` (a SQL expression; NULL means
 * evidence of the activity as a whole). The one definition of "missing" for counts and filters.
 */
export const lacksEvidence = (d: string, school: string) =>
  `NOT EXISTS (SELECT 1 FROM roadmap_evidence e WHERE e.deliverable_id = ${d}.id AND e.school_id IS NOT DISTINCT FROM ${school})`;

/**
 * Whose evidence counts for a reader of activity `a` (SQL): a school's reader's own school's on an
 * activity schools take part in; otherwise (region-wide readers, or an activity without schools) the
 * activity's as a whole, so a school sees what is really attached there rather than nothing missing.
 */
export const evidenceOwner = (a: string, school: string) =>
  `CASE WHEN 'schools' = ANY(${a}.participant_kinds) THEN ${school} END`;

/** Builds activity views: stage, people, organisations, document coverage and the derived schedule. */
@Injectable()
export class ActivityViews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: RoadmapClock,
  ) {}

  async build(
    activities: RoadmapActivity[],
    schoolScope: SchoolScope,
    manager = this.dataSource.manager,
  ): Promise<RoadmapActivityView[]> {
    if (activities.length === 0) return [];
    const ids = activities.map((activity) => activity.id);
    const [stages, responsibles, participants, coverage] = await Promise.all([
      manager.findBy(RoadmapStage, { id: In([...new Set(activities.map((activity) => activity.stageId))]) }),
      this.responsiblesOf(ids, manager),
      this.idsByActivity(
        'SELECT activity_id, organisation_id AS id FROM roadmap_activity_participants WHERE activity_id = ANY($1)',
        ids,
        manager,
      ),
      this.coverageOf(ids, schoolScope, manager),
    ]);
    const stageById = new Map(stages.map((stage) => [stage.id, stage]));
    const today = this.clock.today();
    return activities.map((activity) => {
      const stage = stageById.get(activity.stageId);
      const schedule = scheduleOf(activity, today);
      const documents = coverage.get(activity.id) ?? { total: 0, missing: 0 };
      return {
        id: activity.id,
        version: activity.version,
        roadmapId: activity.roadmapId,
        number: activity.number,
        title: activity.title,
        details: activity.details,
        stage: { number: stage?.number ?? 0, title: stage?.title ?? '' },
        participants: {
          kinds: activity.participantKinds,
          organisationIds: participants.get(activity.id) ?? [],
          text: activity.participantsText,
        },
        window: {
          kind: activity.windowKind,
          from: activity.windowFrom,
          to: activity.windowTo,
          text: activity.windowText,
        },
        milestones: activity.milestones,
        windowEnd: schedule.windowEnd,
        nextDeadline: schedule.nextDeadline,
        daysLeft: schedule.daysLeft,
        status: activity.status,
        state: schedule.state,
        overdue: schedule.overdue,
        responsiblePersonIds: responsibles.get(activity.id) ?? [],
        responsibleRoles: activity.responsibleRoles,
        deliverableCount: documents.total,
        missingDeliverableCount: documents.missing,
      };
    });
  }

  responsiblesOf(
    activityIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string[]>> {
    return this.idsByActivity(
      'SELECT activity_id, person_id AS id FROM roadmap_activity_responsibles WHERE activity_id = ANY($1)',
      activityIds,
      manager,
    );
  }

  /** Expected documents per activity and how many lack the evidence that counts for `schoolScope` ({@link evidenceOwner}). */
  async coverageOf(
    activityIds: readonly string[],
    schoolScope: SchoolScope,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Coverage>> {
    const rows: { activity_id: string; total: number; missing: number }[] = await manager.query(
      `SELECT d.activity_id, count(*)::int AS total,
              count(*) FILTER (WHERE ${lacksEvidence('d', evidenceOwner('a', '$2::uuid'))})::int AS missing
         FROM roadmap_deliverables d JOIN roadmap_activities a ON a.id = d.activity_id
        WHERE d.activity_id = ANY($1) GROUP BY d.activity_id`,
      [activityIds, schoolScope],
    );
    return new Map(rows.map((row) => [row.activity_id, { total: row.total, missing: row.missing }]));
  }

  private async idsByActivity(
    sql: string,
    activityIds: readonly string[],
    manager: EntityManager,
  ): Promise<Map<string, string[]>> {
    const rows: { activity_id: string; id: string }[] = await manager.query(`${sql} ORDER BY 1, 2`, [
      activityIds,
    ]);
    const byActivity = new Map<string, string[]>();
    for (const row of rows)
      byActivity.set(row.activity_id, [...(byActivity.get(row.activity_id) ?? []), row.id]);
    return byActivity;
  }
}
