import {
  RESULTS_PUBLISHED_V1,
  SHEET_SUBMITTED_V1,
  STUDIO_RANKING_PUBLISHED_V1,
  WORK_NOMINATED_V1,
  WORK_REGISTERED_V1,
  type ResultsPublishedV1,
  type SheetSubmittedV1,
  type StudioRankingPublishedV1,
  type WorkNominatedV1,
  type WorkRegisteredV1,
} from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { OnEvent } from '@orbita/service-host';
import { ANALYTICS_CONSUMER } from '../projection/analytics-consumer';

/**
 * How the project results follow the projects service, on the `analytics` durable consumer (whose
 * inbox applies each event once). Each handler is idempotent besides: rows are keyed by ids, so a repeat
 * changes nothing, and the facts are joined only when read, so they may arrive in any order.
 */
export class ProjectResultsProjection {
  @OnEvent(WORK_REGISTERED_V1, ANALYTICS_CONSUMER)
  async workRegistered(work: WorkRegisteredV1, { manager }: EventContext) {
    await manager.query(
      `INSERT INTO project_works (work_id, season_id, school_year, school_id, subject_area)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (work_id) DO NOTHING`,
      [work.workId, work.seasonId, work.schoolYear, work.schoolId, work.subjectArea],
    );
  }

  /** The school's whole list for the final replaces its earlier one (events of one final come in order). */
  @OnEvent(WORK_NOMINATED_V1, ANALYTICS_CONSUMER)
  async worksNominated(nomination: WorkNominatedV1, { manager }: EventContext) {
    await manager.query('DELETE FROM project_nominations WHERE final_stage_id = $1 AND school_id = $2', [
      nomination.finalStageId,
      nomination.schoolId,
    ]);
    await manager.query(
      `INSERT INTO project_nominations (final_stage_id, school_id, work_id)
       SELECT $1, $2, work_id FROM unnest($3::uuid[]) AS works (work_id) ON CONFLICT DO NOTHING`,
      [nomination.finalStageId, nomination.schoolId, nomination.workIds],
    );
  }

  @OnEvent(SHEET_SUBMITTED_V1, ANALYTICS_CONSUMER)
  async sheetSubmitted(sheet: SheetSubmittedV1, { manager }: EventContext) {
    await manager.query(
      `INSERT INTO project_judged_works (stage_id, stage_kind, work_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [sheet.stageId, sheet.stageKind, sheet.workId],
    );
  }

  @OnEvent(RESULTS_PUBLISHED_V1, ANALYTICS_CONSUMER)
  async resultsPublished(results: ResultsPublishedV1, { manager, metadata }: EventContext) {
    await manager.query(
      `INSERT INTO project_stage_results (stage_id, school_year, kind, awarded_work_ids, published_at)
       VALUES ($1, $2, $3, $4::uuid[], $5) ON CONFLICT (stage_id) DO NOTHING`,
      [results.stageId, results.schoolYear, results.kind, results.awardedWorkIds, metadata.occurredAt],
    );
  }

  /** A cycle's ranking published again replaces the earlier one; a late older one changes nothing. */
  @OnEvent(STUDIO_RANKING_PUBLISHED_V1, ANALYTICS_CONSUMER)
  async rankingPublished(ranking: StudioRankingPublishedV1, { manager, metadata }: EventContext) {
    await manager.query(
      `INSERT INTO studio_rankings (cycle_id, school_year, studio_count, leader_studio_ids, leader_school_ids, published_at)
       VALUES ($1, $2, $3, $4::uuid[], $5::uuid[], $6)
       ON CONFLICT (cycle_id) DO UPDATE SET
         school_year = EXCLUDED.school_year, studio_count = EXCLUDED.studio_count,
         leader_studio_ids = EXCLUDED.leader_studio_ids, leader_school_ids = EXCLUDED.leader_school_ids,
         published_at = EXCLUDED.published_at
       WHERE studio_rankings.published_at < EXCLUDED.published_at`,
      [
        ranking.cycleId,
        ranking.schoolYear,
        ranking.studioCount,
        ranking.leaderStudioIds,
        ranking.leaderSchoolIds,
        metadata.occurredAt,
      ],
    );
  }
}
