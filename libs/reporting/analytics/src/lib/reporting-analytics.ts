import { Module } from '@nestjs/common';
import { CompletenessHandlers } from './completeness/completeness.handlers';
import { CompletenessService } from './completeness/completeness.service';
import { AnalyticsHandlers } from './figures/analytics.handlers';
import { AnalyticsService } from './figures/analytics.service';
import { ReportingReadModels1765300000000 } from './migrations/1765300000000-reporting-read-models';
import { ProvisionalResults1767000000000 } from './migrations/1767000000000-provisional-results';
import { ProtocolDrafts1767100000000 } from './migrations/1767100000000-protocol-drafts';
import { ProgrammeTable1765400000000 } from './programme-table/1765400000000-programme-table';
import { ProgrammeTableHandlers } from './programme-table/programme-table.handlers';
import { ProgrammeTableProjection } from './programme-table/programme-table.projection';
import { ProgrammeTableService } from './programme-table/programme-table.service';
import { PlatformRegistrations1767500000000 } from './platform-registrations/1767500000000-platform-registrations';
import { PlatformRegistrationsProjection } from './platform-registrations/platform-registrations.projection';
import { ProgressHandlers } from './progress/progress.handlers';
import { ProgressService } from './progress/progress.service';
import { ProjectResults1767400000000 } from './projects/1767400000000-project-results';
import { ProjectResultsHandlers } from './projects/project-results.handlers';
import { ProjectResultsProjection } from './projects/project-results.projection';
import { ProjectResultsService } from './projects/project-results.service';
import { AnalyticsProjection } from './projection/analytics-projection';
import { AnalyticsReader } from './shared/analytics-reader';
import { TrainedTeachers1767600000000 } from './trainings/1767600000000-trained-teachers';
import { TrainedTeachersProjection } from './trainings/trained-teachers.projection';

/** The read models are plain SQL tables written by the projection; no TypeORM entities. */
export const ANALYTICS_MIGRATIONS = [
  ReportingReadModels1765300000000,
  ProgrammeTable1765400000000,
  ProvisionalResults1767000000000,
  ProtocolDrafts1767100000000,
  ProjectResults1767400000000,
  PlatformRegistrations1767500000000,
  TrainedTeachers1767600000000,
];

/**
 * Diagnostic analytics, the programme table and the project results: the projections from events, and
 * the queries over them (figures, progress, completeness, programme table, project results).
 */
@Module({
  providers: [
    { provide: AnalyticsProjection, useValue: new AnalyticsProjection({ announce: true }) },
    ProgrammeTableProjection,
    PlatformRegistrationsProjection,
    TrainedTeachersProjection,
    AnalyticsReader,
    AnalyticsService,
    AnalyticsHandlers,
    ProgressService,
    ProgressHandlers,
    CompletenessService,
    CompletenessHandlers,
    ProgrammeTableService,
    ProgrammeTableHandlers,
    ProjectResultsProjection,
    ProjectResultsService,
    ProjectResultsHandlers,
  ],
})
export class ReportingAnalyticsModule {}
