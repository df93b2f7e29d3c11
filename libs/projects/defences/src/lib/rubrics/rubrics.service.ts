import { Injectable } from '@nestjs/common';
import {
  ProjectsErrorCode,
  type CreateRubricVersionCommand,
  type RubricVersionView,
} from '@orbita/projects/rpc';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Stage } from '../seasons/season.entity';
import { FieldProblem, FieldProblems, stageClosed, stageNotFound } from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';
import { rubricProblems } from './rubric-rules';
import { RubricVersion, rubricVersionView } from './rubric-version.entity';

/** Rubric versions per stage; a stage's rubric is frozen once its first sheet is submitted. */
@Injectable()
export class RubricsService {
  constructor(private readonly store: ProjectsStore) {}

  createVersion(command: CreateRubricVersionCommand): Promise<RubricVersionView> {
    const problems = rubricProblems(command.criteria);
    if (problems.length > 0) throw new FieldProblems(ProjectsErrorCode.RUBRIC_INVALID, problems);
    return this.store.write(async (tx) => {
      // Locked: a sheet submitted at the same moment freezes the stage either before or after this.
      const stage = await tx.manager.findOne(Stage, {
        where: { id: command.stageId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!stage) throw stageNotFound(command.stageId);
      if (stage.status === 'closed') throw stageClosed();
      if (stage.rubricFrozenAt)
        throw new FieldProblem(
          ProjectsErrorCode.RUBRIC_FROZEN,
          409,
          'stageId',
          'A sheet of the stage has been submitted: its rubric no longer changes',
        );
      const current = await currentRubric(tx.manager, stage.id);
      const rubric = await tx.manager.save(
        tx.manager.create(RubricVersion, {
          id: randomUUID(),
          stageId: stage.id,
          version: (current?.version ?? 0) + 1,
          criteria: command.criteria.map(({ key, title, maxPoints, weight, levels, allowNotApplicable }) => ({
            key,
            title,
            maxPoints,
            weight,
            levels: levels.map(({ points, descriptor }) => ({ points, descriptor })),
            allowNotApplicable,
          })),
        }),
      );
      return rubricVersionView(rubric, false);
    });
  }

  /** The stage's rubric in force. */
  current(stageId: string): Promise<RubricVersionView> {
    return this.store.read(async (manager) => {
      const stage = await manager.findOneBy(Stage, { id: stageId });
      if (!stage) throw stageNotFound(stageId);
      return rubricVersionView(await rubricInForce(manager, stageId), stage.rubricFrozenAt !== null);
    });
  }
}

/** The highest rubric version of the stage, if it has one. */
export function currentRubric(manager: EntityManager, stageId: string): Promise<RubricVersion | null> {
  return manager.findOne(RubricVersion, { where: { stageId }, order: { version: 'DESC' } });
}

/** The rubric sheets of the stage are scored against; a stage without one has no sheets yet. */
export async function rubricInForce(manager: EntityManager, stageId: string): Promise<RubricVersion> {
  const rubric = await currentRubric(manager, stageId);
  if (!rubric)
    throw new FieldProblem(
      ProjectsErrorCode.RUBRIC_NOT_FOUND,
      404,
      'stageId',
      'The stage has no rubric yet: the regional centre publishes one before experts score',
    );
  return rubric;
}
