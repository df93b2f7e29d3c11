import { Inject, Injectable } from '@nestjs/common';
import {
  CREDIT_FACT_VERIFIED_V1,
  EXPERT_ASSIGNED_V1,
  RESULTS_PUBLISHED_V1,
  STUDIO_APPLICATION_DECIDED_V1,
  WORK_NOMINATED_V1,
  type CreditFactVerifiedV1,
  type ExpertAssignedV1,
  type ResultsPublishedV1,
  type StudioApplicationDecidedV1,
  type WorkNominatedV1,
} from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { OnEvent } from '@orbita/service-host';
import { Alerts } from '../alerts/alerts.service';
import { Directory } from '../directory/directory.service';
import { ALERTS_CONSUMER } from '../event-consumers';

interface JudgedSchool {
  schoolId: string;
  judged: number;
  awarded: number;
}

/**
 * The projects service's notification rules, on the `alerts` consumer: an expert hears of the works
 * assigned to them; a school's coordinators hear of its nominations to the final, of a stage's results
 * when the stage judged works of the school, of the decision on its studio application and of each
 * verified regional-credit fact.
 */
@Injectable()
export class ProjectAlerts {
  constructor(
    @Inject(Alerts) private readonly alerts: Alerts,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  @OnEvent(EXPERT_ASSIGNED_V1, ALERTS_CONSUMER)
  expertAssigned(event: ExpertAssignedV1, context: EventContext) {
    return this.alerts.notify(
      context,
      { kind: 'people', personIds: [event.expertPersonId] },
      {
        kind: 'project_works_assigned',
        stageKind: event.stageKind,
        stageEndsOn: event.stageEndsOn,
        workCount: event.workIds.length,
      },
    );
  }

  @OnEvent(WORK_NOMINATED_V1, ALERTS_CONSUMER)
  async worksNominated(event: WorkNominatedV1, context: EventContext) {
    await this.alerts.notify(
      context,
      { kind: 'school_coordinators', schoolId: event.schoolId },
      {
        kind: 'project_works_nominated',
        schoolName: await this.directory.schoolName(context.manager, event.schoolId),
        schoolYear: event.schoolYear,
        nominatedCount: event.workIds.length,
      },
    );
  }

  @OnEvent(RESULTS_PUBLISHED_V1, ALERTS_CONSUMER)
  async resultsPublished(event: ResultsPublishedV1, context: EventContext) {
    const schools: JudgedSchool[] = await context.manager.query(
      `SELECT school_id AS "schoolId", count(*)::int AS judged,
              count(*) FILTER (WHERE work_id = ANY ($2::uuid[]))::int AS awarded
         FROM project_judged_works WHERE stage_id = $1
        GROUP BY school_id ORDER BY school_id`,
      [event.stageId, event.awardedWorkIds],
    );
    for (const school of schools)
      await this.alerts.notify(
        context,
        { kind: 'school_coordinators', schoolId: school.schoolId },
        {
          kind: 'project_results_published',
          stageKind: event.kind,
          schoolYear: event.schoolYear,
          schoolName: await this.directory.schoolName(context.manager, school.schoolId),
          judgedCount: school.judged,
          awardedCount: school.awarded,
        },
      );
  }

  @OnEvent(STUDIO_APPLICATION_DECIDED_V1, ALERTS_CONSUMER)
  async applicationDecided(event: StudioApplicationDecidedV1, context: EventContext) {
    await this.alerts.notify(
      context,
      { kind: 'school_coordinators', schoolId: event.schoolId },
      {
        kind: 'studio_application_decided',
        outcome: event.outcome,
        schoolName: await this.directory.schoolName(context.manager, event.schoolId),
      },
    );
  }

  @OnEvent(CREDIT_FACT_VERIFIED_V1, ALERTS_CONSUMER)
  async factVerified(event: CreditFactVerifiedV1, context: EventContext) {
    await this.alerts.notify(
      context,
      { kind: 'school_coordinators', schoolId: event.schoolId },
      {
        kind: 'credit_fact_verified',
        outcome: event.outcome,
        schoolName: await this.directory.schoolName(context.manager, event.schoolId),
      },
    );
  }
}
