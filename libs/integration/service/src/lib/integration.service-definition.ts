import {
  IntegrationReconciliationModule,
  RECONCILIATION_ENTITIES,
  RECONCILIATION_MIGRATIONS,
  type StudentRosterBinding,
} from '@orbita/integration/reconciliation';
import { IntegrationSyncModule, SYNC_ENTITIES, SYNC_MIGRATIONS } from '@orbita/integration/sync';
import type { ServiceDefinition } from '@orbita/service-host';
import { EnrollmentRoster } from './enrollment-roster';
import { StatusModule } from './status/status.module';

/**
 * The integration service with our side of reconciliation read through `roster`: its schema `integration`,
 * its TypeORM entities and migrations (the host adds the outbox/inbox tables) and its feature modules: sync
 * runs with the Sirius.Schools platform and the reconciliation of schools' class lists with it.
 */
export const integrationServiceWith = (roster: StudentRosterBinding): ServiceDefinition => ({
  name: 'integration',
  entities: [...SYNC_ENTITIES, ...RECONCILIATION_ENTITIES],
  migrations: [...SYNC_MIGRATIONS, ...RECONCILIATION_MIGRATIONS],
  modules: [StatusModule, IntegrationSyncModule, IntegrationReconciliationModule.withRoster(roster)],
});

/** The service as deployed: our students' rosters come from enrollment. */
export const INTEGRATION_SERVICE = integrationServiceWith({ useClass: EnrollmentRoster });
