import { Injectable } from '@nestjs/common';
import type { SchoolScope } from '@orbita/auth';
import { STUDIO_RANKING_PUBLISHED_V1 } from '@orbita/contracts';
import type {
  PreviewStudioRankingCommand,
  StudioRankingPreviewView,
  StudioRankingView,
  StudioStandingExplanationView,
} from '@orbita/projects/rpc';
import {
  explainStanding,
  previewRanking,
  rankStudios,
  scoreStudios,
  type CreditFact,
  type Ranking,
} from '@orbita/projects/studio-credit';
import type { EntityManager } from 'typeorm';
import { findStudio } from '../applications/applications.service';
import { Studio } from '../applications/studio.entity';
import { findCycle } from '../cycles/cycles.service';
import type { StudioCycle } from '../cycles/studio-cycle.entity';
import { CreditFactRecord } from '../facts/credit-fact.entity';
import { validCriteria } from '../shared/criteria';
import { rankingPublished, studioNotFound } from '../shared/studios-errors';
import { StudiosStore } from '../shared/studios-store';

/** Every studio of a cycle and all its facts: what the scoring library ranks (it counts accepted ones). */
interface CycleStandingsInput {
  studios: Studio[];
  facts: CreditFact[];
}

/**
 * A cycle's totals and ranking from its accepted facts, each studio's explanation, the coordinator's
 * preview under an edited criteria set, and publication, which names the leaders and freezes the cycle.
 */
@Injectable()
export class StandingsService {
  constructor(private readonly store: StudiosStore) {}

  ranking(cycleId: string): Promise<StudioRankingView> {
    return this.store.read(async (manager) => {
      const cycle = await findCycle(manager, cycleId);
      const input = await standingsInput(manager, cycle);
      return rankingView(cycle, input.studios, rankingOf(cycle, input));
    });
  }

  explain(studioId: string, scope: SchoolScope): Promise<StudioStandingExplanationView> {
    return this.store.read(async (manager) => {
      const studio = await findStudio(manager, studioId, scope);
      const cycle = await findCycle(manager, studio.cycleId);
      const scores = scoresOf(cycle, await standingsInput(manager, cycle));
      const explanation = explainStanding(studio.id, cycle.criteria, scores);
      // Every studio of the cycle is scored, so its own explanation exists.
      if (!explanation) throw studioNotFound(studioId);
      return {
        ...explanation,
        cycleId: cycle.id,
        earnedBy: [...explanation.earnedBy],
        waysToCloseGap: [...explanation.waysToCloseGap],
      };
    });
  }

  preview(command: PreviewStudioRankingCommand): Promise<StudioRankingPreviewView> {
    const edited = validCriteria(command.criteria);
    return this.store.read(async (manager) => {
      const cycle = await findCycle(manager, command.cycleId);
      const { studios, facts } = await standingsInput(manager, cycle);
      const preview = previewRanking(cycle.criteria, edited, facts, {
        studioIds: studios.map(({ id }) => id),
        leaderCount: cycle.leaderCount,
      });
      return {
        current: rankingView(cycle, studios, preview.current),
        edited: rankingView(cycle, studios, preview.edited),
        changes: [...preview.changes],
      };
    });
  }

  publish(cycleId: string): Promise<StudioRankingView> {
    return this.store.write(async (tx) => {
      const cycle = await findCycle(tx.manager, cycleId, { lock: 'pessimistic_write' });
      if (cycle.rankingPublishedAt) throw rankingPublished('cycleId');
      const input = await standingsInput(tx.manager, cycle);
      const ranking = rankingOf(cycle, input);
      cycle.rankingPublishedAt = new Date();
      await tx.manager.save(cycle);
      const schoolOf = schoolsOf(input.studios);
      tx.publish(
        STUDIO_RANKING_PUBLISHED_V1,
        {
          cycleId: cycle.id,
          schoolYear: cycle.schoolYear,
          leaderStudioIds: ranking.leaders.map(({ studioId }) => studioId),
          leaderSchoolIds: ranking.leaders.map(({ studioId }) => schoolOf.get(studioId) as string),
          studioCount: input.studios.length,
        },
        { aggregateId: cycle.id },
      );
      return rankingView(cycle, input.studios, ranking);
    });
  }
}

async function standingsInput(manager: EntityManager, cycle: StudioCycle): Promise<CycleStandingsInput> {
  const studios = await manager.find(Studio, { where: { cycleId: cycle.id } });
  const records = await manager.find(CreditFactRecord, { where: { cycleId: cycle.id } });
  const facts = records.map(({ id, studioId, indicatorId, count, status }): CreditFact => ({
    id,
    studioId,
    indicatorId,
    status,
    ...(count !== null && { count }),
  }));
  return { studios, facts };
}

/** Every studio of the cycle scored under its criteria, those without accepted facts with 0. */
const scoresOf = (cycle: StudioCycle, { studios, facts }: CycleStandingsInput) =>
  scoreStudios(
    cycle.criteria,
    facts,
    studios.map(({ id }) => id),
  );

const rankingOf = (cycle: StudioCycle, input: CycleStandingsInput): Ranking =>
  rankStudios(scoresOf(cycle, input), { leaderCount: cycle.leaderCount });

const schoolsOf = (studios: readonly Studio[]) =>
  new Map(studios.map((studio) => [studio.id, studio.schoolId]));

function rankingView(cycle: StudioCycle, studios: readonly Studio[], ranking: Ranking): StudioRankingView {
  const schoolOf = schoolsOf(studios);
  const leaders = new Set(ranking.leaders.map(({ studioId }) => studioId));
  return {
    cycleId: cycle.id,
    leaderCount: cycle.leaderCount,
    publishedAt: cycle.rankingPublishedAt?.toISOString() ?? null,
    standings: ranking.standings.map((standing) => ({
      ...standing,
      schoolId: schoolOf.get(standing.studioId) as string,
      leader: leaders.has(standing.studioId),
    })),
  };
}
