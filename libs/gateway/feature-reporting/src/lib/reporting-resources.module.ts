import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics/analytics.controller';
import { CompletenessController } from './completeness/completeness.controller';
import { ProjectReportsController } from './projects/project-reports.controller';
import { HalfYearReportController } from './reports/half-year-report.controller';
import { ReportsController } from './reports/programme-table.controller';

/**
 * The reporting service's resources of the API: analytics of diagnostic works, the completeness
 * board, the programme table, the half-year status report and the project results. Each forwards to reporting over NATS with the caller as actor; reporting applies the school scope.
 */
@Module({
  controllers: [
    AnalyticsController,
    CompletenessController,
    ReportsController,
    HalfYearReportController,
    ProjectReportsController,
  ],
})
export class ReportingResourcesModule {}
