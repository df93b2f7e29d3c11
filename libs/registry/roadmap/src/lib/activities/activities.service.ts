import { Injectable } from '@nestjs/common';
import type { SchoolScope } from '@orbita/auth';
import { ROADMAP_ACTIVITY_STATUS_CHANGED_V1, type Page } from '@orbita/contracts';
import {
  type ROADMAP_ACTIVITY_SORT_FIELDS,
  type ListRoadmapActivitiesQuery,
  type RoadmapActivityDetailView,
  type RoadmapActivityView,
  type UpdateRoadmapActivityCommand,
} from '@orbita/registry/rpc';
import { UnitOfWork } from '@orbita/messaging';
import { findPage } from '@orbita/persistence';
import { RecordNotFound } from '@orbita/registry/organisations';
import { DataSource, type EntityManager } from 'typeorm';
import { RoadmapActivity } from '../entities/roadmap-activity.entity';
import { RoadmapDeliverable } from '../entities/roadmap-deliverable.entity';
import { RoadmapEvidence } from '../entities/roadmap-evidence.entity';
import { evidenceView, visibleTo } from '../evidence/evidence-view';
import { ActivityNotFound, StaleActivityVersion } from '../roadmap.exceptions';
import { RoadmapClock } from '../roadmap-settings';
import { addDays, ScheduleSql } from '../schedule/schedule';
import { ActivityViews, evidenceOwner, lacksEvidence } from './activity-views';

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly views: ActivityViews,
    private readonly clock: RoadmapClock,
  ) {}

  async list(
    query: ListRoadmapActivitiesQuery,
    schoolScope: SchoolScope,
  ): Promise<Page<RoadmapActivityView>> {
    const today = this.clock.today();
    const builder = this.dataSource
      .getRepository(RoadmapActivity)
      .createQueryBuilder('activity')
      .setParameters({ today, until: addDays(today, query.dueWithinDays ?? 0), scopeSchool: schoolScope });
    if (query.roadmapId) builder.andWhere('activity.roadmapId = :roadmapId', { roadmapId: query.roadmapId });
    if (query.stage !== undefined) {
      builder.andWhere('activity.stage_id IN (SELECT s.id FROM roadmap_stages s WHERE s.number = :stage)', {
        stage: query.stage,
      });
    }
    if (query.status === 'overdue') builder.andWhere(ScheduleSql.overdue('activity'));
    else if (query.status)
      builder.andWhere(`activity.status = :status AND ${ScheduleSql.notOverdue('activity')}`, {
        status: query.status,
      });
    if (query.dueWithinDays !== undefined) builder.andWhere(ScheduleSql.dueBy('activity'));
    if (query.missingDeliverables !== undefined) {
      const missing = `EXISTS (SELECT 1 FROM roadmap_deliverables d WHERE d.activity_id = activity.id AND ${lacksEvidence('d', evidenceOwner('activity', 'CAST(:scopeSchool AS uuid)'))})`;
      builder.andWhere(query.missingDeliverables ? `(${missing})` : `NOT (${missing})`);
    }
    if (query.participantKind)
      builder.andWhere(':participantKind = ANY(activity.participant_kinds)', {
        participantKind: query.participantKind,
      });
    if (query.responsiblePersonId) {
      builder.andWhere(
        'EXISTS (SELECT 1 FROM roadmap_activity_responsibles r WHERE r.activity_id = activity.id AND r.person_id = :personId)',
        { personId: query.responsiblePersonId },
      );
    }
    const page = await findPage(builder, query, {
      sortable: {
        number: 'activity.position',
        windowEnd: 'activity.windowEnd',
        status: 'activity.status',
      } satisfies Record<(typeof ROADMAP_ACTIVITY_SORT_FIELDS)[number], string>,
      defaultSort: 'number',
      searchable: ['activity.title', 'activity.number'],
    });
    return { ...page, items: await this.views.build(page.items, schoolScope) };
  }

  /** The activity with its expected documents, each with the evidence the reader may see. */
  async get(id: string, schoolScope: SchoolScope): Promise<RoadmapActivityDetailView> {
    const activity = await this.dataSource.manager.findOneBy(RoadmapActivity, { id });
    if (!activity) throw new ActivityNotFound(id);
    const [view] = await this.views.build([activity], schoolScope);
    const deliverables = await this.dataSource.manager.find(RoadmapDeliverable, {
      where: { activityId: id },
      order: { position: 'ASC' },
    });
    const evidence = await this.dataSource.manager.find(RoadmapEvidence, {
      where: { activityId: id, ...visibleTo(schoolScope) },
      order: { uploadedAt: 'ASC' },
    });
    return {
      ...view,
      deliverables: deliverables.map((deliverable) => ({
        id: deliverable.id,
        title: deliverable.title,
        evidence: evidence.filter((item) => item.deliverableId === deliverable.id).map(evidenceView),
      })),
    };
  }

  /** Sets the status and/or the people and roles answerable; refuses a stale `expectedVersion`. */
  async update(command: UpdateRoadmapActivityCommand, changedBy: string): Promise<RoadmapActivityView> {
    const activity = await this.unitOfWork.run(async (tx) => {
      const current = await tx.manager.findOne(RoadmapActivity, {
        where: { id: command.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw new ActivityNotFound(command.id);
      if (current.version !== command.expectedVersion)
        throw new StaleActivityVersion(command.expectedVersion, current.version);
      if (command.responsiblePersonIds) {
        await this.replaceResponsibles(tx.manager, current.id, command.responsiblePersonIds);
      }
      if (command.status && command.status !== current.status) {
        tx.publish(
          ROADMAP_ACTIVITY_STATUS_CHANGED_V1,
          {
            activityId: current.id,
            roadmapId: current.roadmapId,
            from: current.status,
            to: command.status,
            cause: 'manual',
            changedBy,
          },
          { aggregateId: current.id },
        );
      }
      await tx.manager.update(RoadmapActivity, current.id, {
        status: command.status ?? current.status,
        responsibleRoles: command.responsibleRoles ?? current.responsibleRoles,
      });
      return tx.manager.findOneByOrFail(RoadmapActivity, { id: current.id });
    });
    const [view] = await this.views.build([activity], null);
    return view;
  }

  private async replaceResponsibles(
    manager: EntityManager,
    activityId: string,
    personIds: readonly string[],
  ): Promise<void> {
    const found: { id: string }[] = await manager.query('SELECT id FROM people WHERE id = ANY($1)', [
      personIds,
    ]);
    const unknown = personIds.filter((id) => !found.some((person) => person.id === id));
    if (unknown.length > 0) throw new RecordNotFound('person', unknown.join(', '), 'responsiblePersonIds');
    await manager.query('DELETE FROM roadmap_activity_responsibles WHERE activity_id = $1', [activityId]);
    await manager.query(
      'INSERT INTO roadmap_activity_responsibles (activity_id, person_id) SELECT $1, unnest($2::uuid[])',
      [activityId, personIds],
    );
  }
}
