import { Injectable } from '@nestjs/common';
import { RESULTS_PUBLISHED_V1, WORK_NOMINATED_V1 } from '@orbita/contracts';
import { competitionRanking, nominate } from '@orbita/projects/judging';
import {
  ProjectsErrorCode,
  type NominateWorksCommand,
  type NominationView,
  type PublishResultsCommand,
  type ResultsPublicationView,
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

  /** Replaces the school's nominations of the season with its best works within the quota. */
  async nominate(command: NominateWorksCommand): Promise<NominationView> {
    const summary = await this.summaries.summary(command.stageId);
    return this.store.write(async (tx) => {
      const stage = await closedStage(tx.manager, command.stageId);
      if (stage.kind !== 'school')
        throw new FieldProblem(
          ProjectsErrorCode.STAGE_KIND_INVALID,
          422,
          'stageId',
          'Works are nominated from the school stage',
        );
      const final = await tx.manager.findOneByOrFail(Stage, { seasonId: stage.seasonId, kind: 'final' });
      const ofSchool = new Set(
        (await tx.manager.findBy(Work, { seasonId: stage.seasonId, schoolId: command.schoolId })).map(
          (work) => work.id,
        ),
      );
      const ranked = competitionRanking(
        summary.works
          .filter((work) => ofSchool.has(work.workId))
          .map((work) => ({ id: work.workId, score: work.official.score })),
      );
      const { nominated, tiedAtCutoff } = nominate(ranked, command.quota);
      await tx.manager.delete(Nomination, { schoolId: command.schoolId, finalStageId: final.id });
      if (nominated.length > 0)
        await tx.manager.insert(
          Nomination,
          nominated.map((workId) => ({ workId, schoolId: command.schoolId, finalStageId: final.id })),
        );
      const season = await tx.manager.findOneByOrFail(Season, { id: stage.seasonId });
      tx.publish(
        WORK_NOMINATED_V1,
        {
          finalStageId: final.id,
          seasonId: season.id,
          schoolYear: season.schoolYear,
          schoolId: command.schoolId,
          workIds: nominated,
        },
        { aggregateId: final.id },
      );
      return { schoolId: command.schoolId, finalStageId: final.id, nominated, tiedAtCutoff };
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

/** The stage, closed (its sheets no longer change), locked for the transaction. */
async function closedStage(manager: EntityManager, stageId: string): Promise<Stage> {
  const stage = await manager.findOne(Stage, { where: { id: stageId }, lock: { mode: 'pessimistic_write' } });
  if (!stage) throw stageNotFound(stageId);
  if (stage.status !== 'closed')
    throw new FieldProblem(ProjectsErrorCode.STAGE_OPEN, 409, 'stageId', 'Close the stage first');
  return stage;
}

/** The works nominated to a final stage. */
export async function nominatedWorks(manager: EntityManager, finalStageId: string): Promise<Work[]> {
  const nominations = await manager.findBy(Nomination, { finalStageId });
  const ids = nominations.map((nomination) => nomination.workId);
  return ids.length > 0 ? manager.findBy(Work, { id: In(ids) }) : [];
}
