import { IntegrationSyncModule, SYNC_ENTITIES, SYNC_MIGRATIONS } from '@orbita/integration/sync';
import type { ServiceDefinition } from '@orbita/service-host';
import { StatusModule } from './status/status.module';

/**
 * The integration service: its schema `integration`, its TypeORM entities and migrations (the host adds the
 * outbox/inbox tables) and its feature modules: sync runs with the Sirius.Schools platform.
 */
export const INTEGRATION_SERVICE: ServiceDefinition = {
  name: 'integration',
  entities: [...SYNC_ENTITIES],
  migrations: [...SYNC_MIGRATIONS],
  modules: [StatusModule, IntegrationSyncModule],
};
