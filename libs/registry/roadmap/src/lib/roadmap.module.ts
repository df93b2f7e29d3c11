import { Module } from '@nestjs/common';
import { ServiceConfig } from '@orbita/service-host';
import { ActivitiesHandlers } from './activities/activities.handlers';
import { ActivitiesService } from './activities/activities.service';
import { ActivityViews } from './activities/activity-views';
import { RoadmapsService } from './activities/roadmaps.service';
import { DeadlineWatch } from './deadlines/deadline-watch.service';
import { EvidenceFile } from './entities/evidence-file.entity';
import { Roadmap } from './entities/roadmap.entity';
import { RoadmapActivity } from './entities/roadmap-activity.entity';
import { RoadmapDeliverable } from './entities/roadmap-deliverable.entity';
import { RoadmapEvidence } from './entities/roadmap-evidence.entity';
import { RoadmapStage } from './entities/roadmap-stage.entity';
import { EvidenceHandlers } from './evidence/evidence.handlers';
import { EvidenceService } from './evidence/evidence.service';
import { RoadmapTables1764100000000 } from './migrations/1764100000000-roadmap-tables';
import { RoadmapClock, RoadmapSettings } from './roadmap-settings';
import { Trainings1767600000000 } from './trainings/1767600000000-trainings';
import { Training, TrainingAttendee } from './trainings/training.entity';
import { TrainingsHandlers } from './trainings/trainings.handlers';
import { TrainingsService } from './trainings/trainings.service';

/** The roadmap's tables, for the service definition. */
export const ROADMAP_ENTITIES = [
  Roadmap,
  RoadmapStage,
  RoadmapActivity,
  RoadmapDeliverable,
  RoadmapEvidence,
  EvidenceFile,
  Training,
  TrainingAttendee,
];

/** The roadmap's migrations, after the organisations' (its tables refer to organisations and people). */
export const ROADMAP_MIGRATIONS = [RoadmapTables1764100000000, Trainings1767600000000];

/**
 * The roadmap of a programme year: stages, activities with their windows and expected documents,
 * evidence, the deadline check, and the trainings of teachers. Its service's config must declare the RoadmapEnvironment settings.
 */
@Module({
  providers: [
    {
      provide: RoadmapSettings,
      inject: [ServiceConfig],
      useFactory: (config: ServiceConfig) => RoadmapSettings.from(config),
    },
    RoadmapClock,
    ActivityViews,
    RoadmapsService,
    ActivitiesService,
    ActivitiesHandlers,
    EvidenceService,
    EvidenceHandlers,
    DeadlineWatch,
    TrainingsService,
    TrainingsHandlers,
  ],
})
export class RoadmapModule {}
