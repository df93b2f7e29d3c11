import { Injectable } from '@nestjs/common';
import { SHEET_SUBMITTED_V1, STAGE_CLOSED_V1 } from '@orbita/contracts';
import {
  ProjectsErrorCode,
  type ListSheetsQuery,
  type ReopenSheetCommand,
  type RubricCriterion,
  type SaveSheetCommand,
  type CriterionScore,
  type SheetView,
  type StageView,
  type SubmitSheetCommand,
} from '@orbita/projects/rpc';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { scoreProblems, unscoredCriteria } from '../rubrics/rubric-rules';
import { rubricInForce } from '../rubrics/rubrics.service';
import { Season, Stage, stageView } from '../seasons/season.entity';
import { findOpenStage } from '../seasons/seasons.service';
import {
  FieldProblem,
  FieldProblems,
  sheetNotFound,
  stageClosed,
  stageNotFound,
  workNotFound,
} from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';
import { isExpert, type Reader } from '../shared/reader';
import type { Work } from '../works/work.entity';
import { findWork } from '../works/works.service';
import { findAssignment, notAssigned } from './assignments.service';
import { Assignment, Sheet, sheetView } from './sheet.entity';

/**
 * Expert sheets: draft → submitted → reopened (by the coordinator, with a reason) → submitted; and the
 * closing of a stage once every assigned sheet is in. An expert writes only their own sheets.
 */
@Injectable()
export class SheetsService {
  constructor(private readonly store: ProjectsStore) {}

  save(command: SaveSheetCommand, expertPersonId: string | null): Promise<SheetView> {
    return this.store.write(async (tx) => {
      const { stage, assignment } = await assignedWork(tx.manager, command, expertPersonId);
      const rubric = await rubricInForce(tx.manager, stage.id);
      rejectScoreProblems(rubric.criteria, command.scores);
      const sheet =
        (await lockSheet(tx.manager, assignment)) ??
        tx.manager.create(Sheet, {
          id: randomUUID(),
          stageId: assignment.stageId,
          workId: assignment.workId,
          expertPersonId: assignment.expertPersonId,
          status: 'draft',
          rubricVersionId: null,
          comment: '',
          submission: 0,
          submittedAt: null,
          reopenReason: null,
        });
      if (sheet.status === 'submitted') throw sheetSubmitted();
      Object.assign(sheet, {
        scores: command.scores.map(({ criterionKey, points }) => ({ criterionKey, points })),
        comment: command.comment ?? sheet.comment,
        updatedAt: new Date(),
      });
      return sheetView(await tx.manager.save(sheet));
    });
  }

  /** Submits the expert's complete sheet; the first submission of a stage freezes its rubric. */
  submit(command: SubmitSheetCommand, expertPersonId: string | null): Promise<SheetView> {
    return this.store.write(async (tx) => {
      const { work, stage, assignment } = await assignedWork(tx.manager, command, expertPersonId);
      const rubric = await rubricInForce(tx.manager, stage.id);
      const sheet = await lockSheet(tx.manager, assignment);
      if (sheet?.status === 'submitted') throw sheetSubmitted();
      const scores = sheet?.scores ?? [];
      // The rubric may have changed since the draft was saved (it was not frozen yet).
      rejectScoreProblems(rubric.criteria, scores);
      const unscored = unscoredCriteria(rubric.criteria, scores);
      if (!sheet || unscored.length > 0)
        throw new FieldProblem(
          ProjectsErrorCode.SHEET_INCOMPLETE,
          422,
          'scores',
          `Score every criterion first (points, or null where "not applicable" is allowed): ${unscored.join(', ')}`,
        );
      const now = new Date();
      if (!stage.rubricFrozenAt) await tx.manager.update(Stage, { id: stage.id }, { rubricFrozenAt: now });
      Object.assign(sheet, {
        status: 'submitted',
        rubricVersionId: rubric.id,
        submission: sheet.submission + 1,
        submittedAt: now,
        updatedAt: now,
      });
      await tx.manager.save(sheet);
      tx.publish(
        SHEET_SUBMITTED_V1,
        {
          sheetId: sheet.id,
          workId: work.id,
          stageId: stage.id,
          stageKind: stage.kind,
          schoolId: work.schoolId,
          expertPersonId: sheet.expertPersonId,
          rubricVersionId: rubric.id,
          submission: sheet.submission,
        },
        { aggregateId: sheet.id },
      );
      return sheetView(sheet);
    });
  }

  reopen(command: ReopenSheetCommand): Promise<SheetView> {
    return this.store.write(async (tx) => {
      const sheet = await tx.manager.findOne(Sheet, {
        where: { id: command.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!sheet) throw sheetNotFound(command.id);
      const stage = await tx.manager.findOneByOrFail(Stage, { id: sheet.stageId });
      if (stage.status === 'closed') throw stageClosed('id');
      if (sheet.status !== 'submitted')
        throw new FieldProblem(
          ProjectsErrorCode.SHEET_STATE_CONFLICT,
          409,
          'id',
          `Only a submitted sheet can be reopened; this one is ${sheet.status}`,
        );
      Object.assign(sheet, { status: 'reopened', reopenReason: command.reason, updatedAt: new Date() });
      return sheetView(await tx.manager.save(sheet));
    });
  }

  /**
   * A work's sheets at a stage. Before the stage closes an expert sees only their own, the coordinators
   * (`coordinates`: they reopen sheets) all, other readers none: no one learns another expert's scores
   * while they may still change.
   */
  list(query: ListSheetsQuery, reader: Reader, coordinates: boolean): Promise<SheetView[]> {
    return this.store.read(async (manager) => {
      const work = await findWork(manager, query.workId, reader);
      const stage = await manager.findOneBy(Stage, { id: query.stageId });
      if (!stage || stage.seasonId !== work.seasonId) throw stageNotFound(query.stageId);
      const builder = manager
        .createQueryBuilder(Sheet, 'sheet')
        .where({ stageId: stage.id, workId: work.id })
        .orderBy('sheet.expertPersonId');
      if (stage.status === 'open') {
        if (isExpert(reader)) builder.andWhere({ expertPersonId: reader.expertPersonId });
        else if (!coordinates) return [];
      }
      return (await builder.getMany()).map(sheetView);
    });
  }

  /** Closes the stage once every assigned expert has submitted their sheet. */
  closeStage(id: string): Promise<StageView> {
    return this.store.write(async (tx) => {
      const stage = await tx.manager.findOne(Stage, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!stage) throw stageNotFound(id, 'id');
      if (stage.status === 'closed') throw stageClosed('id');
      const [{ outstanding, works, sheets }] = await tx.manager.query<
        Array<{ outstanding: number; works: number; sheets: number }>
      >(
        `SELECT count(*) FILTER (WHERE s.status IS DISTINCT FROM 'submitted')::int AS outstanding,
                count(DISTINCT a.work_id) FILTER (WHERE s.status = 'submitted')::int AS works,
                count(*) FILTER (WHERE s.status = 'submitted')::int AS sheets
           FROM assignments a
           LEFT JOIN sheets s USING (stage_id, work_id, expert_person_id)
          WHERE a.stage_id = $1`,
        [stage.id],
      );
      if (outstanding > 0)
        throw new FieldProblem(
          ProjectsErrorCode.SHEETS_OUTSTANDING,
          409,
          'id',
          `${outstanding} assigned sheet(s) of the stage are not submitted`,
        );
      const season = await tx.manager.findOneByOrFail(Season, { id: stage.seasonId });
      Object.assign(stage, { status: 'closed', closedAt: new Date() });
      await tx.manager.save(stage);
      tx.publish(
        STAGE_CLOSED_V1,
        {
          stageId: stage.id,
          seasonId: season.id,
          schoolYear: season.schoolYear,
          kind: stage.kind,
          workCount: works,
          sheetCount: sheets,
        },
        { aggregateId: stage.id },
      );
      return stageView(stage);
    });
  }
}

/**
 * The work, its open stage (locked) and the expert's assignment to it (locked: the expert's writes to
 * the sheet queue up); a work not assigned to the expert answers 404 as if it did not exist.
 */
async function assignedWork(
  manager: EntityManager,
  { workId, stageId }: { workId: string; stageId: string },
  expertPersonId: string | null,
): Promise<{ work: Work; stage: Stage; assignment: Assignment }> {
  if (!expertPersonId) throw workNotFound(workId);
  const work = await findWork(manager, workId, { scope: null, expertPersonId });
  const stage = await findOpenStage(manager, stageId, work.seasonId);
  const assignment = await findAssignment(manager, { workId, stageId, expertPersonId });
  if (!assignment) throw notAssigned();
  return { work, stage, assignment };
}

/** The expert's sheet of the assignment, locked for the transaction, if it was ever saved. */
function lockSheet(
  manager: EntityManager,
  { stageId, workId, expertPersonId }: Assignment,
): Promise<Sheet | null> {
  return manager.findOne(Sheet, {
    where: { stageId, workId, expertPersonId },
    lock: { mode: 'pessimistic_write' },
  });
}

function rejectScoreProblems(criteria: readonly RubricCriterion[], scores: readonly CriterionScore[]): void {
  const problems = scoreProblems(criteria, scores);
  if (problems.length > 0) throw new FieldProblems(ProjectsErrorCode.SCORE_INVALID, problems);
}

const sheetSubmitted = () =>
  new FieldProblem(
    ProjectsErrorCode.SHEET_STATE_CONFLICT,
    409,
    'workId',
    'The sheet is submitted: the coordinator reopens it for corrections',
  );
