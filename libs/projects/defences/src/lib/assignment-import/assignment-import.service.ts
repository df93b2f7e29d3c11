import { Injectable, Logger } from '@nestjs/common';
import { EXPERT_ASSIGNED_V1 } from '@orbita/contracts';
import { CodedException, CommonErrorCode } from '@orbita/observability';
import { organisationsOf } from '@orbita/projects/directory';
import { conflictsOf, type ConflictReason } from '@orbita/projects/judging';
import {
  ASSIGNMENT_IMPORT_MAX_BYTES,
  ProjectsErrorCode,
  type AssignmentImportOutcome,
  type AssignmentImportReportView,
  type AssignmentImportRowView,
  type ImportAssignmentsCommand,
} from '@orbita/projects/rpc';
import { Transfers } from '@orbita/service-host';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { confirmedConflicts } from '../conflicts/declared-conflict.entity';
import { worksByExpert } from '../judging/expert-assignment.service';
import { judgedWork, sectionsByArea } from '../judging/judged-works';
import { Section, Stage } from '../seasons/season.entity';
import { stageClosed, stageNotFound } from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';
import { Assignment } from '../sheets/sheet.entity';
import { Work } from '../works/work.entity';
import { AssignmentFileUnusable, readAssignmentFile, type AssignmentFileRow } from './assignment-file';

/** Outcomes that are no problem: anything else refuses the file when it is applied. */
const FINE: readonly AssignmentImportOutcome[] = ['assign', 'already-assigned'];

const CONFLICT_TEXT: Readonly<Record<ConflictReason['code'], string>> = {
  'organisation-is-school': 'эксперт работает в школе автора',
  'organisation-is-partner': 'эксперт работает у партнёра работы',
  'supervises-work': 'эксперт — руководитель работы',
  'consults-work': 'эксперт — консультант работы',
  declared: 'эксперт заявил о конфликте интересов, и он подтверждён',
};

/** Titles compare ignoring case, `ё`/`е` and runs of spaces. */
const titleKey = (title: string) => title.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/**
 * Bulk assignment of experts to a stage's works from a CSV or XLSX file, under the rules of assigning by
 * hand (the work's section, no conflict of interest). A dry run reports what each row would do and saves
 * nothing; otherwise every row is assigned or none (422 with the rows at fault).
 */
@Injectable()
export class AssignmentImportService {
  private readonly logger = new Logger(AssignmentImportService.name);

  constructor(
    private readonly store: ProjectsStore,
    private readonly transfers: Transfers,
  ) {}

  async import(command: ImportAssignmentsCommand): Promise<AssignmentImportReportView> {
    const bucket = await this.transfers.bucket();
    try {
      const rows = await this.read(await bucket.read(command.objectName));
      if (command.dryRun)
        return (await this.store.read((manager) => this.plan(manager, command, rows))).report;
      return await this.store.write(async (tx) => {
        const { report, stage } = await this.plan(tx.manager, command, rows);
        // Throwing rolls the transaction back: nothing of the file is kept.
        if (report.problemCount > 0) throw invalid(report);
        const picks = report.rows.flatMap(({ outcome, workId, expertPersonId }) =>
          outcome === 'assign' && workId && expertPersonId ? [{ workId, expertId: expertPersonId }] : [],
        );
        if (picks.length > 0)
          await tx.manager.insert(
            Assignment,
            picks.map(({ workId, expertId }) => ({
              stageId: stage.id,
              workId,
              expertPersonId: expertId,
              pickReason: null,
            })),
          );
        // As the automatic assignment does: one event per expert, naming every work the file gave them.
        for (const [expertPersonId, workIds] of worksByExpert(picks))
          tx.publish(
            EXPERT_ASSIGNED_V1,
            {
              expertPersonId,
              stageId: stage.id,
              seasonId: stage.seasonId,
              stageKind: stage.kind,
              stageEndsOn: stage.endsOn,
              workIds,
              automatic: false,
            },
            { aggregateId: stage.id },
          );
        return report;
      });
    } finally {
      await bucket
        .delete(command.objectName)
        .catch((error: unknown) => this.logger.warn(`Upload not removed: ${String(error)}`));
    }
  }

  private async read(content: Buffer | null): Promise<AssignmentFileRow[]> {
    if (!content)
      throw fileProblem(
        ProjectsErrorCode.UPLOAD_MISSING,
        400,
        'The upload is no longer there: send the file again',
      );
    if (content.length > ASSIGNMENT_IMPORT_MAX_BYTES)
      throw fileProblem(
        CommonErrorCode.REQUEST_TOO_LARGE,
        413,
        `The file is larger than ${ASSIGNMENT_IMPORT_MAX_BYTES} bytes, the most accepted`,
      );
    try {
      return await readAssignmentFile(content);
    } catch (error) {
      if (error instanceof AssignmentFileUnusable)
        throw fileProblem(ProjectsErrorCode.ASSIGNMENT_IMPORT_INVALID, 422, error.message);
      throw error;
    }
  }

  /** What each row does against the stage as it stands (locked when the plan is to be applied). */
  private async plan(
    manager: EntityManager,
    command: ImportAssignmentsCommand,
    rows: readonly AssignmentFileRow[],
  ): Promise<{ report: AssignmentImportReportView; stage: Stage }> {
    const stage = await manager.findOne(Stage, {
      where: { id: command.stageId },
      ...(!command.dryRun && { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!stage) throw stageNotFound(command.stageId);
    if (stage.status === 'closed') throw stageClosed();
    const works = await manager.findBy(Work, { seasonId: stage.seasonId });
    const byId = new Map(works.map((work) => [work.id, work]));
    const byTitle = new Map<string, Work[]>();
    for (const work of works)
      byTitle.set(titleKey(work.title), [...(byTitle.get(titleKey(work.title)) ?? []), work]);
    const sections = sectionsByArea(await manager.findBy(Section, { seasonId: stage.seasonId }));
    const seasonExperts = new Set([...sections.values()].flatMap((section) => section.expertIds));
    const existing = new Set(
      (await manager.findBy(Assignment, { stageId: stage.id })).map((a) => `${a.workId}:${a.expertPersonId}`),
    );
    const declared = await confirmedConflicts(
      manager,
      works.map((work) => work.id),
    );
    const organisations = await organisationsOf(manager, [...seasonExperts]);
    const firstRowOf = new Map<string, number>();

    const check = ({
      row,
      work: workCell,
      expert: expertCell,
    }: AssignmentFileRow): AssignmentImportRowView => {
      const result = (
        outcome: AssignmentImportOutcome,
        message: string,
        column: string | null,
        workId: string | null = null,
        expertPersonId: string | null = null,
      ): AssignmentImportRowView => ({ row, workId, expertPersonId, outcome, column, message });
      let work: Work | undefined;
      if (!workCell.text) return result('unknown-work', 'Не указана работа', workCell.column);
      if (isUUID(workCell.text)) work = byId.get(workCell.text.toLowerCase());
      else {
        const titled = byTitle.get(titleKey(workCell.text)) ?? [];
        if (titled.length > 1)
          return result(
            'unknown-work',
            'Работ с таким названием несколько: укажите id работы',
            workCell.column,
          );
        work = titled[0];
      }
      if (!work) return result('unknown-work', 'В сезоне этапа нет такой работы', workCell.column);
      const expert = expertCell.text?.toLowerCase() ?? '';
      if (!isUUID(expert) || !seasonExperts.has(expert))
        return result(
          'unknown-expert',
          expertCell.text ? 'Такого эксперта нет ни в одной секции сезона' : 'Не указан эксперт',
          expertCell.column,
          work.id,
        );
      const at = (outcome: AssignmentImportOutcome, message: string, column: string | null) =>
        result(outcome, message, column, work.id, expert);
      const section = sections.get(work.subjectArea);
      if (!section?.expertIds.includes(expert))
        return at('outside-section', `Эксперт не входит в секцию «${work.subjectArea}»`, expertCell.column);
      const reasons = conflictsOf(
        judgedWork(work, section),
        {
          id: expert,
          personId: expert,
          sectionIds: [section.id],
          organisationIds: organisations.get(expert) ?? [],
        },
        declared,
      );
      if (reasons.length > 0)
        return at(
          'conflict',
          `Конфликт интересов: ${reasons.map((reason) => CONFLICT_TEXT[reason.code]).join('; ')}`,
          expertCell.column,
        );
      const key = `${work.id}:${expert}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) return at('duplicate', `Повторяет строку ${first}`, workCell.column);
      firstRowOf.set(key, row);
      if (existing.has(key)) return at('already-assigned', 'Эксперт уже назначен на работу', null);
      return at('assign', command.dryRun ? 'Будет назначен' : 'Назначен', null);
    };

    const checked = rows.map(check);
    const report = {
      stageId: stage.id,
      dryRun: command.dryRun,
      rowCount: rows.length,
      assigned: checked.filter((row) => row.outcome === 'assign').length,
      problemCount: checked.filter((row) => !FINE.includes(row.outcome)).length,
      rows: checked,
    };
    return { report, stage };
  }
}

/** A file that cannot be read as assignments at all: a 4xx naming the form field `file`. */
const fileProblem = (code: string, status: 400 | 413 | 422, message: string) =>
  new CodedException(code, status, message, [{ field: 'file', message }]);

/** 422: rows with problems, each with its row, column and what is wrong; nothing was saved. */
function invalid(report: AssignmentImportReportView): CodedException {
  const problems = report.rows.filter((row) => !FINE.includes(row.outcome));
  return new CodedException(
    ProjectsErrorCode.ASSIGNMENT_IMPORT_INVALID,
    422,
    `The file has ${problems.length} row(s) with problems; nothing was saved. First: row ${problems[0].row}, column "${problems[0].column}": ${problems[0].message}`,
    problems.map((problem) => ({ field: `row ${problem.row}: ${problem.column}`, message: problem.message })),
    { extensions: { ...report, rows: problems } },
  );
}
