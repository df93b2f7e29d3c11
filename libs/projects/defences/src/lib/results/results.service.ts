import { Injectable } from '@nestjs/common';
import { RESULTS_PUBLISHED_V1, WORK_NOMINATED_V1 } from '@orbita/contracts';
import { competitionRanking, nominate, type Ranked } from '@orbita/projects/judging';
import {
  ProjectsErrorCode,
  type ListNominationCandidatesQuery,
  type NominateWorksCommand,
  type NominationCandidatesView,
  type NominationView,
  type PublishResultsCommand,
  type ResultsPublicationView,
  type StageSummaryView,
  type WorkSummaryView,
} from '@orbita/projects/rpc';
import { In, type EntityManager } from 'typeorm';
import { StageSummaryService } from '../judging/stage-summary.service';
import { Season, Stage } from '../seasons/season.entity';
import { FieldProblem, stageNotFound } from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';
import { Work } from '../works/work.entity';
import { Nomination } from './nomination.entity';

/** What a closed stage leads to: the school stage's nominations to the final, and the published results. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly store: ProjectsStore,
    private readonly summaries: StageSummaryService,
  ) {}

  /**
   * Replaces the school's nominations of the season: the works it picks, or else its best ranked within
   * the quota (at most the stage's setting). Every work is checked before anything is written.
   */
  async nominate(command: NominateWorksCommand, schoolId: string): Promise<NominationView> {
    const summary = await this.summaries.summary(command.stageId);
    return this.store.write(async (tx) => {
      // Another school's work is refused whatever the stage's state: it is never the caller's to name.
      if (command.workIds) await assertOwnWorks(tx.manager, command.workIds, schoolId);
      const stage = await closedSchoolStage(tx.manager, command.stageId, true);
      const quota = command.quota ?? stage.nominationQuota;
      if (quota > stage.nominationQuota)
        throw new FieldProblem(
          ProjectsErrorCode.NOMINATION_INVALID,
          422,
          'quota',
          `The stage lets a school nominate ${stage.nominationQuota} works at most`,
        );
      const ranked = await schoolRanking(tx.manager, stage, schoolId, summary);
      const { nominated, tiedAtCutoff } = command.workIds
        ? { nominated: chosen(command.workIds, ranked, quota), tiedAtCutoff: [] }
        : nominate(ranked, quota);
      const final = await finalOf(tx.manager, stage);
      await tx.manager.delete(Nomination, { schoolId, finalStageId: final.id });
      if (nominated.length > 0)
        await tx.manager.insert(
          Nomination,
          nominated.map((workId) => ({ workId, schoolId, finalStageId: final.id })),
        );
      const season = await tx.manager.findOneByOrFail(Season, { id: stage.seasonId });
      tx.publish(
        WORK_NOMINATED_V1,
        {
          finalStageId: final.id,
          seasonId: season.id,
          schoolYear: season.schoolYear,
          schoolId,
          workIds: nominated,
        },
        { aggregateId: final.id },
      );
      return { schoolId, finalStageId: final.id, nominated, tiedAtCutoff };
    });
  }

  /** The school's judged works of the closed school stage, ranked within the school, to choose from. */
  async candidates(
    query: ListNominationCandidatesQuery,
    schoolId: string,
  ): Promise<NominationCandidatesView> {
    const summary = await this.summaries.summary(query.stageId);
    return this.store.read(async (manager) => {
      const stage = await closedSchoolStage(manager, query.stageId, false);
      const ranked = await schoolRanking(manager, stage, schoolId, summary);
      const final = await finalOf(manager, stage);
      const nominatedNow = new Set(
        (await manager.findBy(Nomination, { schoolId, finalStageId: final.id })).map((each) => each.workId),
      );
      const recommended = new Set(nominate(ranked, stage.nominationQuota).nominated);
      const standingOf = new Map(summary.works.map((work) => [work.workId, work]));
      return {
        stageId: stage.id,
        schoolId,
        finalStageId: final.id,
        quota: stage.nominationQuota,
        works: ranked.map(({ id, score, rank }) => {
          const work = standingOf.get(id) as WorkSummaryView;
          return {
            workId: id,
            sectionId: work.sectionId,
            score,
            schoolRank: rank,
            award: work.official.award,
            nominated: nominatedNow.has(id),
            recommended: recommended.has(id),
          };
        }),
      };
    });
  }

  /** Once per closed stage; `projects.results.published.v1` names the stage and its awarded works. */
  async publish(command: PublishResultsCommand): Promise<ResultsPublicationView> {
    const summary = await this.summaries.summary(command.stageId);
    return this.store.write(async (tx) => {
      const stage = await closedStage(tx.manager, command.stageId);
      if (stage.resultsPublishedAt)
        throw new FieldProblem(
          ProjectsErrorCode.RESULTS_PUBLISHED,
          409,
          'stageId',
          'The stage’s results are published already',
        );
      stage.resultsPublishedAt = new Date();
      await tx.manager.save(stage);
      const season = await tx.manager.findOneByOrFail(Season, { id: stage.seasonId });
      const awardedWorkIds = summary.works.filter((work) => work.official.award).map((work) => work.workId);
      tx.publish(
        RESULTS_PUBLISHED_V1,
        {
          stageId: stage.id,
          seasonId: season.id,
          schoolYear: season.schoolYear,
          kind: stage.kind,
          awardedWorkIds,
        },
        { aggregateId: stage.id },
      );
      return { stageId: stage.id, publishedAt: stage.resultsPublishedAt.toISOString(), awardedWorkIds };
    });
  }
}

/** The school stage, closed (its sheets no longer change); locked for the transaction when `lock`. */
async function closedSchoolStage(manager: EntityManager, stageId: string, lock: boolean): Promise<Stage> {
  const stage = await closedStage(manager, stageId, lock);
  if (stage.kind !== 'school')
    throw new FieldProblem(
      ProjectsErrorCode.STAGE_KIND_INVALID,
      422,
      'stageId',
      'Works are nominated from the school stage',
    );
  return stage;
}

async function closedStage(manager: EntityManager, stageId: string, lock = true): Promise<Stage> {
  const stage = await manager.findOne(Stage, {
    where: { id: stageId },
    ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
  });
  if (!stage) throw stageNotFound(stageId);
  if (stage.status !== 'closed')
    throw new FieldProblem(ProjectsErrorCode.STAGE_OPEN, 409, 'stageId', 'Close the stage first');
  return stage;
}

const finalOf = (manager: EntityManager, stage: Stage): Promise<Stage> =>
  manager.findOneByOrFail(Stage, { seasonId: stage.seasonId, kind: 'final' });

/** The school's works scored at the stage, ranked among themselves (another school's never listed). */
async function schoolRanking(
  manager: EntityManager,
  stage: Stage,
  schoolId: string,
  summary: StageSummaryView,
): Promise<Ranked[]> {
  const ofSchool = new Set(
    (await manager.findBy(Work, { seasonId: stage.seasonId, schoolId })).map((work) => work.id),
  );
  return competitionRanking(
    summary.works
      .filter((work) => ofSchool.has(work.workId) && work.official.score !== null)
      .map((work) => ({ id: work.workId, score: work.official.score })),
  );
}

async function assertOwnWorks(
  manager: EntityManager,
  workIds: readonly string[],
  schoolId: string,
): Promise<void> {
  const own = new Set(
    workIds.length > 0
      ? (await manager.findBy(Work, { id: In([...workIds]), schoolId })).map((work) => work.id)
      : [],
  );
  const stranger = workIds.findIndex((workId) => !own.has(workId));
  if (stranger >= 0) throw notACandidate(workIds, stranger);
}

const notACandidate = (workIds: readonly string[], index: number) =>
  new FieldProblem(
    ProjectsErrorCode.NOMINATION_INVALID,
    422,
    `workIds.${index}`,
    `Work ${workIds[index]} is not one of the school’s works judged at the stage`,
  );

/** The works the school picked, best ranked first: each its own and judged at the stage, within the quota. */
function chosen(workIds: readonly string[], ranked: readonly Ranked[], quota: number): string[] {
  if (workIds.length > quota)
    throw new FieldProblem(
      ProjectsErrorCode.NOMINATION_INVALID,
      422,
      'workIds',
      `At most ${quota} works may be nominated`,
    );
  const candidates = ranked.map((work) => work.id);
  const stranger = workIds.findIndex((workId) => !candidates.includes(workId));
  if (stranger >= 0) throw notACandidate(workIds, stranger);
  return candidates.filter((id) => workIds.includes(id));
}

/** The works nominated to a final stage. */
export async function nominatedWorks(manager: EntityManager, finalStageId: string): Promise<Work[]> {
  const nominations = await manager.findBy(Nomination, { finalStageId });
  const ids = nominations.map((nomination) => nomination.workId);
  return ids.length > 0 ? manager.findBy(Work, { id: In(ids) }) : [];
}
