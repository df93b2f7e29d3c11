import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics/analytics.controller';
import { CompletenessController } from './completeness/completeness.controller';
import { ReportsController } from './reports/programme-table.controller';

/**
 * The reporting service's resources of the API: analytics of diagnostic works, the completeness
 * board and the programme table. Each forwards to reporting over NATS with the caller as actor; reporting applies the school scope.
 */
@Module({ controllers: [AnalyticsController, CompletenessController, ReportsController] })
export class ReportingResourcesModule {}
