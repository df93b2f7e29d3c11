import { Module } from '@nestjs/common';
import { ProjectDocuments } from '@orbita/projects/documents';
import { ProjectsDirectoryModule } from '@orbita/projects/directory';
import { AssignmentImportHandlers } from './assignment-import/assignment-import.handlers';
import { AssignmentImportService } from './assignment-import/assignment-import.service';
import { ConflictsService } from './conflicts/conflicts.service';
import { DeclaredConflictRecord } from './conflicts/declared-conflict.entity';
import { DefencesHandlers } from './defences.handlers';
import { ExpertAssignmentService } from './judging/expert-assignment.service';
import { StageSettingsService } from './judging/stage-settings.service';
import { StageSummaryService } from './judging/stage-summary.service';
import { ProjectsDefences1767200000000 } from './migrations/1767200000000-defences';
import { ProjectsJudging1767250000000 } from './migrations/1767250000000-judging';
import { ProjectsDeclaredConflicts1767270000000 } from './migrations/1767270000000-declared-conflicts';
import { ProjectsResults1767280000000 } from './migrations/1767280000000-results';
import { ProjectsWorkFiles1767311000000 } from './migrations/1767311000000-work-files';
import { ProjectsNominationQuota1767323000000 } from './migrations/1767323000000-nomination-quota';
import { ProjectsExpertsPerWork1767324500000 } from './migrations/1767324500000-experts-per-work';
import { Nomination } from './results/nomination.entity';
import { ResultsService } from './results/results.service';
import { RubricVersion } from './rubrics/rubric-version.entity';
import { RubricsService } from './rubrics/rubrics.service';
import { ScheduleEntry, Season, Section, Stage } from './seasons/season.entity';
import { SeasonsService } from './seasons/seasons.service';
import { ProjectsStore } from './shared/projects-store';
import { AssignmentsService } from './sheets/assignments.service';
import { Assignment, Sheet } from './sheets/sheet.entity';
import { SheetsService } from './sheets/sheets.service';
import { SummaryProtocolHandlers } from './summary-protocol/summary-protocol.handlers';
import { SummaryProtocolService } from './summary-protocol/summary-protocol.service';
import { WorkFile } from './work-files/work-file.entity';
import { WorkFilesHandlers } from './work-files/work-files.handlers';
import { WorkFilesService } from './work-files/work-files.service';
import { Work } from './works/work.entity';
import { WorksService } from './works/works.service';

/** The tables and migrations, for the service definition (the directory's are `@orbita/projects/directory`'s). */
export const DEFENCES_ENTITIES = [
  Season,
  Stage,
  Section,
  Work,
  ScheduleEntry,
  RubricVersion,
  Assignment,
  Sheet,
  DeclaredConflictRecord,
  Nomination,
  WorkFile,
];
export const DEFENCES_MIGRATIONS = [
  ProjectsDefences1767200000000,
  ProjectsJudging1767250000000,
  ProjectsDeclaredConflicts1767270000000,
  ProjectsResults1767280000000,
  ProjectsWorkFiles1767311000000,
  ProjectsNominationQuota1767323000000,
  ProjectsExpertsPerWork1767324500000,
];

/** Project defences: seasons and stages, sections, works and their schedule, rubrics, assignments, sheets. */
@Module({
  imports: [ProjectsDirectoryModule],
  providers: [
    ProjectsStore,
    SeasonsService,
    WorksService,
    RubricsService,
    AssignmentsService,
    SheetsService,
    ExpertAssignmentService,
    StageSummaryService,
    StageSettingsService,
    ConflictsService,
    ResultsService,
    DefencesHandlers,
    SummaryProtocolService,
    SummaryProtocolHandlers,
    ProjectDocuments,
    WorkFilesService,
    WorkFilesHandlers,
    AssignmentImportService,
    AssignmentImportHandlers,
  ],
})
export class ProjectsDefencesModule {}
