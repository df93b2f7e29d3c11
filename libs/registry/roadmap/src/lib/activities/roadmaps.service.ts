import { Injectable } from '@nestjs/common';
import type { SchoolScope } from '@orbita/auth';
import type { Page } from '@orbita/contracts';
import type {
  ListRoadmapsQuery,
  ROADMAP_SORT_FIELDS,
  RoadmapSummaryView,
  RoadmapView,
} from '@orbita/registry/rpc';
import { findPage } from '@orbita/persistence';
import { DataSource } from 'typeorm';
import { Roadmap } from '../entities/roadmap.entity';
import { RoadmapActivity } from '../entities/roadmap-activity.entity';
import { RoadmapStage } from '../entities/roadmap-stage.entity';
import { RoadmapNotFound } from '../roadmap.exceptions';
import { ActivityViews } from './activity-views';

@Injectable()
export class RoadmapsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: ActivityViews,
  ) {}

  async list(query: ListRoadmapsQuery): Promise<Page<RoadmapSummaryView>> {
    const builder = this.dataSource.getRepository(Roadmap).createQueryBuilder('roadmap');
    if (query.programmeCode)
      builder.andWhere('roadmap.programmeCode = :programmeCode', { programmeCode: query.programmeCode });
    if (query.schoolYear)
      builder.andWhere('roadmap.schoolYear = :schoolYear', { schoolYear: query.schoolYear });
    const page = await findPage(builder, query, {
      sortable: {
        schoolYear: 'roadmap.schoolYear',
        programmeCode: 'roadmap.programmeCode',
        title: 'roadmap.title',
      } satisfies Record<(typeof ROADMAP_SORT_FIELDS)[number], string>,
      defaultSort: '-schoolYear,programmeCode',
      searchable: ['roadmap.title'],
    });
    return { ...page, items: await this.summaries(page.items) };
  }

  /** The roadmap with its stages in order, each with its activities in order. */
  async get(id: string, schoolScope: SchoolScope): Promise<RoadmapView> {
    const roadmap = await this.dataSource.manager.findOneBy(Roadmap, { id });
    if (!roadmap) throw new RoadmapNotFound(id);
    const [summary] = await this.summaries([roadmap]);
    const stages = await this.dataSource.manager.find(RoadmapStage, {
      where: { roadmapId: id },
      order: { number: 'ASC' },
    });
    const activities = await this.views.build(
      await this.dataSource.manager.find(RoadmapActivity, {
        where: { roadmapId: id },
        order: { position: 'ASC' },
      }),
      schoolScope,
    );
    return {
      ...summary,
      stages: stages.map((stage) => ({
        id: stage.id,
        number: stage.number,
        title: stage.title,
        activities: activities.filter((activity) => activity.stage.number === stage.number),
      })),
    };
  }

  private async summaries(roadmaps: Roadmap[]): Promise<RoadmapSummaryView[]> {
    const counts: { roadmap_id: string; stages: number; activities: number }[] = await this.dataSource.query(
      `SELECT r.id AS roadmap_id,
              (SELECT count(*)::int FROM roadmap_stages s WHERE s.roadmap_id = r.id) AS stages,
              (SELECT count(*)::int FROM roadmap_activities a WHERE a.roadmap_id = r.id) AS activities
         FROM roadmaps r WHERE r.id = ANY($1)`,
      [roadmaps.map((roadmap) => roadmap.id)],
    );
    const byId = new Map(counts.map((row) => [row.roadmap_id, row]));
    return roadmaps.map((roadmap) => ({
      id: roadmap.id,
      programmeCode: roadmap.programmeCode,
      schoolYear: roadmap.schoolYear,
      title: roadmap.title,
      approved: roadmap.approved,
      approvedBy: roadmap.approvedBy,
      stageCount: byId.get(roadmap.id)?.stages ?? 0,
      activityCount: byId.get(roadmap.id)?.activities ?? 0,
    }));
  }
}
