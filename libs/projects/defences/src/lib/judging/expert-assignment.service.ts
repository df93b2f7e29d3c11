import { Injectable } from '@nestjs/common';
import { EXPERT_ASSIGNED_V1 } from '@orbita/contracts';
import { assignExperts, type Expert } from '@orbita/projects/judging';
import type { AssignExpertsCommand, AssignmentPlanView } from '@orbita/projects/rpc';
import { confirmedConflicts } from '../conflicts/declared-conflict.entity';
import { organisationsOf } from '@orbita/projects/directory';
import { nominatedWorks } from '../results/results.service';
import { Section, Stage } from '../seasons/season.entity';
import { findOpenStage } from '../seasons/seasons.service';
import { stageNotFound } from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';
import { Assignment } from '../sheets/sheet.entity';
import { Work } from '../works/work.entity';
import { judgedWork, sectionsByArea } from './judged-works';

/**
 * The automatic assignment of a stage: every work of the season (at the final, every nominated one) gets
 * a full panel of its section's experts, existing assignments kept and counted. An expert is kept off a
 * work they supervise or consult, one of (or partnered by) the organisation the directory knows them at,
 * and one they declared a conflict with that the coordinator confirmed.
 */
@Injectable()
export class ExpertAssignmentService {
  constructor(private readonly store: ProjectsStore) {}

  assignExperts(command: AssignExpertsCommand): Promise<AssignmentPlanView> {
    return this.store.write(async (tx) => {
      const seasonId = (await tx.manager.findOneBy(Stage, { id: command.stageId }))?.seasonId;
      if (!seasonId) throw stageNotFound(command.stageId);
      const stage = await findOpenStage(tx.manager, command.stageId, seasonId);
      const sections = await tx.manager.findBy(Section, { seasonId });
      const sectionOf = sectionsByArea(sections);
      // The final judges only the works the school stage sent to it.
      const candidates =
        stage.kind === 'final'
          ? await nominatedWorks(tx.manager, stage.id)
          : await tx.manager.findBy(Work, { seasonId });
      const works = candidates.flatMap((work) => {
        const section = sectionOf.get(work.subjectArea);
        return section ? [judgedWork(work, section)] : [];
      });
      const existing = await tx.manager.findBy(Assignment, { stageId: stage.id });
      const plan = assignExperts({
        works,
        experts: expertsOf(
          sections,
          await organisationsOf(
            tx.manager,
            sections.flatMap((section) => section.expertIds),
          ),
        ),
        declaredConflicts: await confirmedConflicts(
          tx.manager,
          works.map((work) => work.id),
        ),
        existing: existing.map(({ workId, expertPersonId }) => ({ workId, expertId: expertPersonId })),
        // The run's own size wins over the stage's setting.
        expertsPerWork: command.expertsPerWork ?? stage.expertsPerWork,
      });
      if (plan.assignments.length > 0)
        await tx.manager.insert(
          Assignment,
          plan.assignments.map((pick) => ({
            stageId: stage.id,
            workId: pick.workId,
            expertPersonId: pick.expertId,
            pickReason: pick.reason,
          })),
        );
      // One event per expert, naming all the works this run gave them: one notification each, not one per work.
      for (const [expertPersonId, workIds] of worksByExpert(plan.assignments))
        tx.publish(
          EXPERT_ASSIGNED_V1,
          {
            expertPersonId,
            stageId: stage.id,
            seasonId,
            stageKind: stage.kind,
            stageEndsOn: stage.endsOn,
            workIds,
            automatic: true,
          },
          { aggregateId: stage.id },
        );
      return {
        stageId: stage.id,
        picks: plan.assignments.map(({ workId, expertId, reason }) => ({
          workId,
          expertPersonId: expertId,
          load: reason.load,
          eligibleExperts: reason.eligibleExperts,
        })),
        shortfalls: plan.shortfalls.map(({ workId, missing, code }) => ({ workId, missing, code })),
      };
    });
  }
}

export function worksByExpert(picks: readonly { workId: string; expertId: string }[]): Map<string, string[]> {
  const works = new Map<string, string[]>();
  for (const { workId, expertId } of picks) works.set(expertId, [...(works.get(expertId) ?? []), workId]);
  return works;
}

/** The season's experts (registry people), each with the sections they judge in and their organisations. */
function expertsOf(sections: readonly Section[], organisations: ReadonlyMap<string, string[]>): Expert[] {
  const sectionIds = new Map<string, string[]>();
  for (const section of sections)
    for (const personId of section.expertIds)
      sectionIds.set(personId, [...(sectionIds.get(personId) ?? []), section.id]);
  return [...sectionIds].map(([personId, ids]) => ({
    id: personId,
    personId,
    sectionIds: ids,
    organisationIds: organisations.get(personId) ?? [],
  }));
}
