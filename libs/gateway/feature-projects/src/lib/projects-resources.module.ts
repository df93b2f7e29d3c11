import { Module } from '@nestjs/common';
import { ProjectSeasonsController } from './seasons/project-seasons.controller';
import { ExpertSheetsController } from './sheets/expert-sheets.controller';
import { ProjectStagesController } from './stages/project-stages.controller';
import { CreditFactsController } from './studios/credit-facts.controller';
import { StudioApplicationsController } from './studios/studio-applications.controller';
import { StudioCyclesController } from './studios/studio-cycles.controller';
import { StudiosController } from './studios/studios.controller';
import { ProjectWorksController } from './works/project-works.controller';

/**
 * The project defences' resources (`/project-seasons`, `/project-stages`, `/project-works`,
 * `/expert-sheets`) and the studios' (`/studio-cycles`, `/studio-applications`, `/studios`, `/credit-facts`).
 */
@Module({
  controllers: [
    ProjectSeasonsController,
    ProjectStagesController,
    ProjectWorksController,
    ExpertSheetsController,
    StudioCyclesController,
    StudioApplicationsController,
    StudiosController,
    CreditFactsController,
  ],
})
export class ProjectsResourcesModule {}
