import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics/analytics.controller';
import { CompletenessController } from './completeness/completeness.controller';

/**
 * The reporting service's resources of the API: analytics of diagnostic works and the completeness
 * board. Each forwards to reporting over NATS with the caller as actor; reporting applies the school scope.
 */
@Module({ controllers: [AnalyticsController, CompletenessController] })
export class ReportingResourcesModule {}
