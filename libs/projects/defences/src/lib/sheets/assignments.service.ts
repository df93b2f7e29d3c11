import { Injectable } from '@nestjs/common';
import { EXPERT_ASSIGNED_V1 } from '@orbita/contracts';
import { assertNoConflict } from '@orbita/projects/judging';
import {
  ProjectsErrorCode,
  type AssignmentCommand,
  type AssignmentView,
  type ListAssignmentsQuery,
} from '@orbita/projects/rpc';
import type { EntityManager } from 'typeorm';
import { confirmedConflicts } from '../conflicts/declared-conflict.entity';
import { organisationsOf } from '@orbita/projects/directory';
import { judgedWork } from '../judging/judged-works';
import { Section } from '../seasons/season.entity';
import { findOpenStage } from '../seasons/seasons.service';
import { alreadyAssigned, FieldProblem } from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';
import { findWork, REGION_READER } from '../works/works.service';
import { Assignment, assignmentView, Sheet } from './sheet.entity';

/** Experts assigned to works by hand, per stage, from the experts of the work's section. */
@Injectable()
export class AssignmentsService {
  constructor(private readonly store: ProjectsStore) {}

  assign(command: AssignmentCommand): Promise<AssignmentView> {
    return this.store.write(async (tx) => {
      const work = await findWork(tx.manager, command.workId, REGION_READER);
      const stage = await findOpenStage(tx.manager, command.stageId, work.seasonId);
      const section = await tx.manager.findOneByOrFail(Section, {
        seasonId: work.seasonId,
        subjectArea: work.subjectArea,
      });
      if (!section.expertIds.includes(command.expertPersonId))
        throw new FieldProblem(
          ProjectsErrorCode.EXPERT_OUTSIDE_SECTION,
          409,
          'expertPersonId',
          `The expert is not among the experts of the section ${section.subjectArea}`,
        );
      // The expert's organisation as far as the directory knows it (none for a person not heard of yet).
      const organisations = await organisationsOf(tx.manager, [command.expertPersonId]);
      assertNoConflict(
        judgedWork(work, section),
        {
          id: command.expertPersonId,
          personId: command.expertPersonId,
          sectionIds: [section.id],
          organisationIds: organisations.get(command.expertPersonId) ?? [],
        },
        await confirmedConflicts(tx.manager, [work.id]),
      );
      if (await findAssignment(tx.manager, command)) throw alreadyAssigned();
      const assignment = tx.manager.create(Assignment, {
        stageId: stage.id,
        workId: work.id,
        expertPersonId: command.expertPersonId,
      });
      tx.publish(
        EXPERT_ASSIGNED_V1,
        {
          expertPersonId: command.expertPersonId,
          stageId: stage.id,
          seasonId: work.seasonId,
          stageKind: stage.kind,
          stageEndsOn: stage.endsOn,
          workIds: [work.id],
          automatic: false,
        },
        { aggregateId: stage.id },
      );
      return assignmentView(await tx.manager.save(assignment));
    });
  }

  list(query: ListAssignmentsQuery): Promise<AssignmentView[]> {
    return this.store.read(async (manager) => {
      const assignments = await manager.find(Assignment, {
        where: {
          stageId: query.stageId,
          ...(query.workId && { workId: query.workId }),
          ...(query.expertPersonId && { expertPersonId: query.expertPersonId }),
        },
        order: { workId: 'ASC', assignedAt: 'ASC' },
      });
      return assignments.map(assignmentView);
    });
  }

  /** Removes the assignment and the expert's draft; a sheet ever submitted stays (reopen it instead). */
  unassign(command: AssignmentCommand): Promise<void> {
    return this.store.write(async (tx) => {
      const work = await findWork(tx.manager, command.workId, REGION_READER);
      await findOpenStage(tx.manager, command.stageId, work.seasonId);
      const assignment = await findAssignment(tx.manager, command);
      if (!assignment) throw notAssigned('expertPersonId');
      const sheet = await tx.manager.findOneBy(Sheet, { ...key(command) });
      if (sheet && sheet.submission > 0)
        throw new FieldProblem(
          ProjectsErrorCode.SHEET_SUBMITTED,
          409,
          'expertPersonId',
          'The expert has submitted a sheet for the work: it counts, so the expert stays assigned',
        );
      if (sheet) await tx.manager.remove(sheet);
      await tx.manager.remove(assignment);
    });
  }
}

const key = ({ stageId, workId, expertPersonId }: AssignmentCommand) => ({ stageId, workId, expertPersonId });

/** The assignment, if there is one, locked for the transaction: an expert's writes to its sheet queue up. */
export function findAssignment(
  manager: EntityManager,
  command: AssignmentCommand,
): Promise<Assignment | null> {
  return manager.findOne(Assignment, { where: key(command), lock: { mode: 'pessimistic_write' } });
}

/** 404: the expert is not assigned to the work at the stage (so, for an expert, the work does not exist). */
export const notAssigned = (field = 'workId') =>
  new FieldProblem(
    ProjectsErrorCode.NOT_ASSIGNED,
    404,
    field,
    'The expert is not assigned to the work at this stage',
  );
