import { Injectable } from '@nestjs/common';
import { withinScope, type SchoolScope } from '@orbita/auth';
import { STUDIO_APPLICATION_DECIDED_V1, type StudioApplicationOutcome } from '@orbita/contracts';
import { assertOfTheSchool, eachOf } from '@orbita/projects/directory';
import {
  StudiosErrorCode,
  type ApplyForStudioCommand,
  type DecideStudioApplicationCommand,
  type ListStudioApplicationsQuery,
  type ResubmitStudioApplicationCommand,
  type StudioApplicationDecision,
  type StudioApplicationFields,
  type StudioApplicationView,
  type StudioView,
} from '@orbita/projects/rpc';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { findCycle } from '../cycles/cycles.service';
import type { StudioCycle } from '../cycles/studio-cycle.entity';
import { regionalToday } from '../shared/regional-today';
import {
  applicationNotFound,
  reasonRequired,
  studioNotFound,
  StudiosProblem,
} from '../shared/studios-errors';
import { StudiosStore } from '../shared/studios-store';
import { planOf, Studio, StudioApplication, studioApplicationView, studioView } from './studio.entity';

const OUTCOMES: Readonly<Record<StudioApplicationDecision, StudioApplicationOutcome>> = {
  approve: 'approved',
  return: 'returned',
  reject: 'rejected',
};

/**
 * Schools' applications to open a studio in a cycle, and the regional centre's decisions: an approval
 * opens the studio, a return lets the school edit and resubmit, a rejection ends the application.
 */
@Injectable()
export class ApplicationsService {
  constructor(private readonly store: StudiosStore) {}

  apply(command: ApplyForStudioCommand, schoolId: string): Promise<StudioApplicationView> {
    return this.store.write(async (tx) => {
      assertWindowOpen(await findCycle(tx.manager, command.cycleId));
      await assertTheSchoolsOwn(tx.manager, command, schoolId);
      const application = tx.manager.create(StudioApplication, {
        id: randomUUID(),
        cycleId: command.cycleId,
        schoolId,
        ...planOf(command),
        status: 'submitted',
        comment: null,
        submittedAt: new Date(),
        decidedAt: null,
      });
      return studioApplicationView(await tx.manager.save(application), null);
    });
  }

  resubmit(command: ResubmitStudioApplicationCommand, scope: SchoolScope): Promise<StudioApplicationView> {
    return this.store.write(async (tx) => {
      const application = await findApplication(tx.manager, command.id, scope, { lock: true });
      if (application.status !== 'returned')
        throw stateConflict(`Only a returned application is resubmitted; this one is ${application.status}`);
      assertWindowOpen(await findCycle(tx.manager, application.cycleId));
      await assertTheSchoolsOwn(tx.manager, command, application.schoolId);
      Object.assign(application, planOf(command), {
        status: 'submitted',
        comment: null,
        submittedAt: new Date(),
        decidedAt: null,
      });
      return studioApplicationView(await tx.manager.save(application), null);
    });
  }

  decide(command: DecideStudioApplicationCommand): Promise<StudioApplicationView> {
    if (command.decision !== 'approve' && !command.comment) throw reasonRequired('comment');
    return this.store.write(async (tx) => {
      const application = await findApplication(tx.manager, command.id, null, { lock: true });
      if (application.status !== 'submitted')
        throw stateConflict(`The application awaits no decision: it is ${application.status}`);
      const outcome = OUTCOMES[command.decision];
      Object.assign(application, {
        status: outcome,
        comment: command.comment ?? null,
        decidedAt: new Date(),
      });
      await tx.manager.save(application);
      const studio =
        outcome === 'approved'
          ? await tx.manager.save(
              tx.manager.create(Studio, {
                id: randomUUID(),
                cycleId: application.cycleId,
                schoolId: application.schoolId,
                applicationId: application.id,
                direction: application.direction,
                theme: application.theme,
                mentorPersonId: application.mentorPersonId,
                teamStudentIds: application.teamStudentIds,
                partnerOrganisationId: application.partnerOrganisationId,
              }),
            )
          : undefined;
      tx.publish(
        STUDIO_APPLICATION_DECIDED_V1,
        {
          applicationId: application.id,
          cycleId: application.cycleId,
          schoolId: application.schoolId,
          outcome,
          ...(studio && { studioId: studio.id }),
        },
        { aggregateId: application.id },
      );
      return studioApplicationView(application, studio?.id ?? null);
    });
  }

  get(id: string, scope: SchoolScope): Promise<StudioApplicationView> {
    return this.store.read(async (manager) => {
      const application = await findApplication(manager, id, scope);
      const [view] = await withStudios(manager, [application]);
      return view;
    });
  }

  list(query: ListStudioApplicationsQuery, scope: SchoolScope): Promise<StudioApplicationView[]> {
    return this.store.read(async (manager) => {
      await findCycle(manager, query.cycleId);
      const applications = await manager.find(StudioApplication, {
        where: {
          cycleId: query.cycleId,
          ...(scope !== null && { schoolId: scope }),
          ...(query.status && { status: query.status }),
        },
        order: { submittedAt: 'ASC', id: 'ASC' },
      });
      return withStudios(manager, applications);
    });
  }

  listStudios(cycleId: string, scope: SchoolScope): Promise<StudioView[]> {
    return this.store.read(async (manager) => {
      await findCycle(manager, cycleId);
      const studios = await manager.find(Studio, {
        where: { cycleId, ...(scope !== null && { schoolId: scope }) },
        order: { schoolId: 'ASC', id: 'ASC' },
      });
      return studios.map(studioView);
    });
  }
}

/** The studio, if the caller's scope takes it in; another school's answers 404 like a missing one. */
export async function findStudio(manager: EntityManager, id: string, scope: SchoolScope): Promise<Studio> {
  const studio = await manager.findOneBy(Studio, { id });
  if (!studio || !withinScope(scope, studio.schoolId)) throw studioNotFound(id);
  return studio;
}

/** The application if the caller's scope takes it in (else 404), locked for a decision or an edit. */
async function findApplication(
  manager: EntityManager,
  id: string,
  scope: SchoolScope,
  { lock = false } = {},
): Promise<StudioApplication> {
  const application = await manager.findOne(StudioApplication, {
    where: { id },
    ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
  });
  if (!application || !withinScope(scope, application.schoolId)) throw applicationNotFound(id);
  return application;
}

/** Applications close outside the cycle's window, both days included (the region's days). */
function assertWindowOpen(cycle: StudioCycle): void {
  const today = regionalToday();
  if (today < cycle.applicationsOpenOn || today > cycle.applicationsCloseOn)
    throw new StudiosProblem(
      StudiosErrorCode.APPLICATIONS_CLOSED,
      409,
      'cycleId',
      `The cycle takes applications from ${cycle.applicationsOpenOn} to ${cycle.applicationsCloseOn}`,
    );
}

/** 422 naming the field for a mentor or a team member the directory places at another school. */
const assertTheSchoolsOwn = (manager: EntityManager, plan: StudioApplicationFields, schoolId: string) =>
  assertOfTheSchool(manager, schoolId, {
    students: eachOf('teamStudentIds', plan.teamStudentIds),
    staff: { mentorPersonId: plan.mentorPersonId },
  });

const stateConflict = (message: string) =>
  new StudiosProblem(StudiosErrorCode.APPLICATION_STATE_CONFLICT, 409, 'id', message);

async function withStudios(
  manager: EntityManager,
  applications: StudioApplication[],
): Promise<StudioApplicationView[]> {
  const studios = applications.length
    ? await manager.find(Studio, { where: { applicationId: In(applications.map(({ id }) => id)) } })
    : [];
  const studioOf = new Map(studios.map((studio) => [studio.applicationId, studio.id]));
  return applications.map((application) =>
    studioApplicationView(application, studioOf.get(application.id) ?? null),
  );
}
