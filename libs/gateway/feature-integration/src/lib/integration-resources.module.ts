import { Module } from '@nestjs/common';
import { IntegrationRunsController } from './integration-runs.controller';

/** The integration service's resources (`/integration/runs`). */
@Module({ controllers: [IntegrationRunsController] })
export class IntegrationResourcesModule {}
