import type { ServiceDefinition } from '@orbita/service-host';
import { StatusModule } from './status/status.module';

/**
 * The projects service: its schema `projects`, its TypeORM entities and migrations (none yet; the host
 * adds the outbox/inbox tables) and its feature modules.
 */
export const PROJECTS_SERVICE: ServiceDefinition = {
  name: 'projects',
  entities: [],
  migrations: [],
  modules: [StatusModule],
};
