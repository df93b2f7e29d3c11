import type { ServiceDefinition } from '@orbita/service-host';
import { StatusModule } from './status/status.module';

/**
 * The integration service: its schema `integration`, its TypeORM entities and migrations (none yet; the host
 * adds the outbox/inbox tables) and its feature modules.
 */
export const INTEGRATION_SERVICE: ServiceDefinition = {
  name: 'integration',
  entities: [],
  migrations: [],
  modules: [StatusModule],
};
