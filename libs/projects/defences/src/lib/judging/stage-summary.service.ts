import { Injectable } from '@nestjs/common';
import { sheetTotal, summariseStage, type SectionPanel } from '@orbita/projects/judging';
import type { StageSummaryView } from '@orbita/projects/rpc';
import { In } from 'typeorm';
import { RubricVersion } from '../rubrics/rubric-version.entity';
import { Section, Stage } from '../seasons/season.entity';
import { stageNotFound } from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';
import { Assignment, Sheet } from '../sheets/sheet.entity';
import { Work } from '../works/work.entity';
import { sectionsByArea } from './judged-works';
import { stageSettingsOf } from './stage-settings.service';

/**
 * The stage's results: each work with an assigned panel, scored from its submitted sheets (each against
 * the rubric version it was submitted under), under the stage's settings. A reopened sheet counts again
 * once it is submitted again.
 */
@Injectable()
export class StageSummaryService {
  constructor(private readonly store: ProjectsStore) {}

  summary(stageId: string): Promise<StageSummaryView> {
    return this.store.read(async (manager) => {
      const stage = await manager.findOneBy(Stage, { id: stageId });
      if (!stage) throw stageNotFound(stageId);
      const assignments = await manager.findBy(Assignment, { stageId });
      const workIds = [...new Set(assignments.map((assignment) => assignment.workId))];
      const works = workIds.length > 0 ? await manager.findBy(Work, { id: In(workIds) }) : [];
      const sectionOf = sectionsByArea(await manager.findBy(Section, { seasonId: stage.seasonId }));
      const sheets = await manager.findBy(Sheet, { stageId, status: 'submitted' });
      const rubricIds = [...new Set(sheets.map((sheet) => sheet.rubricVersionId as string))];
      const rubrics = rubricIds.length > 0 ? await manager.findBy(RubricVersion, { id: In(rubricIds) }) : [];
      const criteriaOf = new Map(
        rubrics.map((rubric) => [
          rubric.id,
          rubric.criteria.map((criterion) => ({
            id: criterion.key,
            maxPoints: criterion.maxPoints,
            weight: criterion.weight,
            notApplicableAllowed: criterion.allowNotApplicable,
          })),
        ]),
      );
      const panels: SectionPanel[] = works.map((work) => ({
        workId: work.id,
        sectionId: (sectionOf.get(work.subjectArea) as Section).id,
        sheets: sheets
          .filter((sheet) => sheet.workId === work.id)
          .map((sheet) => ({
            expertId: sheet.expertPersonId,
            total: sheetTotal(
              criteriaOf.get(sheet.rubricVersionId as string) ?? [],
              sheet.scores.map((score) => ({ criterionId: score.criterionKey, points: score.points })),
            ),
          })),
      }));
      const settings = stageSettingsOf(stage);
      const summary = summariseStage(panels, settings);
      const panelOf = new Map(panels.map((panel) => [panel.workId, panel]));
      return {
        stageId,
        settings,
        works: summary.works.map((work) => ({
          workId: work.workId,
          sectionId: work.sectionId,
          totals: (panelOf.get(work.workId) as SectionPanel).sheets.map(({ expertId, total }) => ({
            expertPersonId: expertId,
            total,
          })),
          official: work.official,
          byMethod: work.byMethod,
          awardChanges: work.awardChanges,
          spread: work.spread,
          divergent: work.divergent,
        })),
        experts: summary.experts.map(({ expertId, severity, panels: counted }) => ({
          expertPersonId: expertId,
          severity,
          panels: counted,
        })),
      };
    });
  }
}
