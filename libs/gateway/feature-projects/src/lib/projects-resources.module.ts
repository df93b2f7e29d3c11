import { Module } from '@nestjs/common';
import { ProjectSeasonsController } from './seasons/project-seasons.controller';
import { ExpertSheetsController } from './sheets/expert-sheets.controller';
import { ProjectStagesController } from './stages/project-stages.controller';
import { ProjectWorksController } from './works/project-works.controller';

/** The project defences' resources: `/project-seasons`, `/project-stages`, `/project-works`, `/expert-sheets`. */
@Module({
  controllers: [
    ProjectSeasonsController,
    ProjectStagesController,
    ProjectWorksController,
    ExpertSheetsController,
  ],
})
export class ProjectsResourcesModule {}
