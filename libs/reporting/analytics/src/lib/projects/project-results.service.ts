import { Injectable } from '@nestjs/common';
import { withinScope, type SchoolScope } from '@orbita/auth';
import type {
  ProjectResultsQuery,
  ProjectResultsRowView,
  ProjectResultsTotalsView,
  ProjectResultsView,
  StudioRankingView,
} from '@orbita/reporting/rpc';
import { DataSource } from 'typeorm';

interface ResultsRow {
  school_id: string;
  school_name: string | null;
  subject_area: string;
  registered: number;
  nominated: number;
  school_judged: number;
  school_awarded: number;
  final_judged: number;
  final_awarded: number;
}

interface RankingRow {
  cycle_id: string;
  studio_count: number;
  published_at: Date;
  leader_studio_ids: string[];
  leader_school_ids: string[];
  leader_school_names: (string | null)[];
}

/** The project defences' results by school and subject area, and the studios' rankings, of a school year. */
@Injectable()
export class ProjectResultsService {
  constructor(private readonly dataSource: DataSource) {}

  async results(query: ProjectResultsQuery, scope: SchoolScope): Promise<ProjectResultsView> {
    // Per work: judged at which stage kinds, awarded at which (a published stage naming it), nominated or not.
    const [rows, published, rankings]: [ResultsRow[], { kind: string }[], RankingRow[]] = await Promise.all([
      this.dataSource.query(
        `SELECT w.school_id, s.short_name AS school_name, w.subject_area,
                count(*)::int AS registered,
                count(*) FILTER (WHERE n.nominated)::int AS nominated,
                count(*) FILTER (WHERE j.school)::int AS school_judged,
                count(*) FILTER (WHERE a.school)::int AS school_awarded,
                count(*) FILTER (WHERE j.final)::int AS final_judged,
                count(*) FILTER (WHERE a.final)::int AS final_awarded
           FROM project_works w
           LEFT JOIN schools s ON s.school_id = w.school_id
           LEFT JOIN LATERAL (
             SELECT bool_or(stage_kind = 'school') AS school, bool_or(stage_kind = 'final') AS final
               FROM project_judged_works WHERE work_id = w.work_id) j ON true
           LEFT JOIN LATERAL (
             SELECT bool_or(kind = 'school') AS school, bool_or(kind = 'final') AS final
               FROM project_stage_results WHERE w.work_id = ANY (awarded_work_ids)) a ON true
           LEFT JOIN LATERAL (
             SELECT EXISTS (SELECT 1 FROM project_nominations WHERE work_id = w.work_id) AS nominated) n ON true
          WHERE w.school_year = $1
          GROUP BY w.school_id, s.short_name, w.subject_area
          ORDER BY s.short_name NULLS LAST, w.school_id, w.subject_area`,
        [query.schoolYear],
      ),
      this.dataSource.query('SELECT DISTINCT kind FROM project_stage_results WHERE school_year = $1', [
        query.schoolYear,
      ]),
      this.dataSource.query(
        `SELECT r.cycle_id, r.studio_count, r.published_at, r.leader_studio_ids, r.leader_school_ids,
                ARRAY(SELECT s.short_name FROM unnest(r.leader_school_ids) WITH ORDINALITY AS l (school_id, n)
                        LEFT JOIN schools s USING (school_id) ORDER BY l.n) AS leader_school_names
           FROM studio_rankings r WHERE r.school_year = $1 ORDER BY r.published_at, r.cycle_id`,
        [query.schoolYear],
      ),
    ]);
    const isPublished = new Set(published.map((row) => row.kind));
    // Awards stay unknown (null) until the stage's results are published.
    const stage = (kind: 'school' | 'final', judged: number, awarded: number) => ({
      judged,
      awarded: isPublished.has(kind) ? awarded : null,
    });
    const views: ProjectResultsRowView[] = rows.map((row) => ({
      schoolId: row.school_id,
      schoolName: row.school_name,
      subjectArea: row.subject_area,
      registered: row.registered,
      nominated: row.nominated,
      schoolStage: stage('school', row.school_judged, row.school_awarded),
      final: stage('final', row.final_judged, row.final_awarded),
    }));
    const sum = (pick: (row: ResultsRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
    const totals: ProjectResultsTotalsView = {
      registered: sum((row) => row.registered),
      nominated: sum((row) => row.nominated),
      schoolStage: stage(
        'school',
        sum((row) => row.school_judged),
        sum((row) => row.school_awarded),
      ),
      final: stage(
        'final',
        sum((row) => row.final_judged),
        sum((row) => row.final_awarded),
      ),
    };
    return {
      schoolYear: query.schoolYear,
      rows: views.filter((row) => withinScope(scope, row.schoolId)),
      totals,
      studioRankings: rankings.map(rankingView),
    };
  }
}

function rankingView(row: RankingRow): StudioRankingView {
  return {
    cycleId: row.cycle_id,
    studioCount: row.studio_count,
    publishedAt: row.published_at.toISOString(),
    leaders: row.leader_studio_ids.map((studioId, index) => ({
      rank: index + 1,
      studioId,
      schoolId: row.leader_school_ids[index],
      schoolName: row.leader_school_names[index] ?? null,
    })),
  };
}
