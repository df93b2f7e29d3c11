import { Module } from '@nestjs/common';
import { RoadmapActivitiesController } from './roadmap-activities.controller';
import { RoadmapEvidenceController } from './roadmap-evidence.controller';
import { RoadmapsController } from './roadmaps.controller';
import { TrainingsController } from './trainings.controller';

/**
 * The roadmap's resources: `/roadmaps`, `/roadmap-activities` (with evidence uploads), `/roadmap-evidence`,
 * `/trainings`.
 */
@Module({
  controllers: [
    RoadmapsController,
    RoadmapActivitiesController,
    RoadmapEvidenceController,
    TrainingsController,
  ],
})
export class RoadmapResourcesModule {}
