import { Module } from '@nestjs/common';
import { AssignmentImportController } from './assignment-import/assignment-import.controller';
import { CreditFactEvidenceController } from './documents/credit-fact-evidence.controller';
import { ProjectWorkFilesController } from './documents/project-work-files.controller';
import { ProjectSeasonsController } from './seasons/project-seasons.controller';
import { ExpertSheetsController } from './sheets/expert-sheets.controller';
import { ProjectStagesController } from './stages/project-stages.controller';
import { SummaryProtocolController } from './summary-protocol/summary-protocol.controller';
import { CreditFactsController } from './studios/credit-facts.controller';
import { StudioApplicationsController } from './studios/studio-applications.controller';
import { StudioCyclesController } from './studios/studio-cycles.controller';
import { StudiosController } from './studios/studios.controller';
import { ProjectWorksController } from './works/project-works.controller';

/**
 * The project defences' resources (`/project-seasons`, `/project-stages`, `/project-works`,
 * `/expert-sheets`) and the studios' (`/studio-cycles`, `/studio-applications`, `/studios`, `/credit-facts`);
 * works' files, facts' evidence and the bulk assignment import are hand-written (multipart, downloads).
 */
@Module({
  controllers: [
    ProjectSeasonsController,
    ProjectStagesController,
    SummaryProtocolController,
    ProjectWorksController,
    ExpertSheetsController,
    StudioCyclesController,
    StudioApplicationsController,
    StudiosController,
    CreditFactsController,
    ProjectWorkFilesController,
    CreditFactEvidenceController,
    AssignmentImportController,
  ],
})
export class ProjectsResourcesModule {}
