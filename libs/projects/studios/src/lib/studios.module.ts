import { Module } from '@nestjs/common';
import { ProjectDocuments } from '@orbita/projects/documents';
import { ProjectsDirectoryModule } from '@orbita/projects/directory';
import { ApplicationsService } from './applications/applications.service';
import { Studio, StudioApplication } from './applications/studio.entity';
import { CyclesService } from './cycles/cycles.service';
import { StudioCycle } from './cycles/studio-cycle.entity';
import { CreditFactRecord } from './facts/credit-fact.entity';
import { FactEvidence } from './facts/fact-evidence.entity';
import { FactEvidenceHandlers } from './facts/fact-evidence.handlers';
import { FactEvidenceService } from './facts/fact-evidence.service';
import { FactsService } from './facts/facts.service';
import { ProjectsStudios1767300000000 } from './migrations/1767300000000-studios';
import { ProjectsCreditFactEvidence1767312000000 } from './migrations/1767312000000-credit-fact-evidence';
import { StudiosStore } from './shared/studios-store';
import { StandingsService } from './standings/standings.service';
import { StudiosHandlers } from './studios.handlers';

/** The tables and migrations, for the service definition (the directory's are `@orbita/projects/directory`'s). */
export const STUDIOS_ENTITIES = [StudioCycle, StudioApplication, Studio, CreditFactRecord, FactEvidence];
export const STUDIOS_MIGRATIONS = [ProjectsStudios1767300000000, ProjectsCreditFactEvidence1767312000000];

/** Studios («Уроки настоящего»): cycles, schools' applications, the regional credit's facts, standings. */
@Module({
  imports: [ProjectsDirectoryModule],
  providers: [
    StudiosStore,
    CyclesService,
    ApplicationsService,
    FactsService,
    StandingsService,
    StudiosHandlers,
    ProjectDocuments,
    FactEvidenceService,
    FactEvidenceHandlers,
  ],
})
export class ProjectsStudiosModule {}
