import { Module } from '@nestjs/common';
import {
  IntegrationMismatchesController,
  IntegrationReconciliationsController,
  IntegrationSchoolsController,
} from './integration-reconciliation.controller';
import { IntegrationRunsController, IntegrationStatusController } from './integration-runs.controller';
import { OneRosterExportController } from './oneroster-export.controller';

/** The integration service's resources (`/integration/…`: status, runs, schools, mismatches, reconciliations). */
@Module({
  controllers: [
    IntegrationStatusController,
    IntegrationRunsController,
    IntegrationSchoolsController,
    IntegrationMismatchesController,
    IntegrationReconciliationsController,
    OneRosterExportController,
  ],
})
export class IntegrationResourcesModule {}
