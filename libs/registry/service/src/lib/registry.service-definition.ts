import type { ServiceDefinition } from '@orbita/service-host';

/**
 * The registry service: its schema, tables, migrations and feature modules. Each feature library
 * contributes its entities, migrations and module here.
 */
export const REGISTRY_SERVICE: ServiceDefinition = {
  name: 'registry',
  entities: [
    // organisations
    // roadmap
  ],
  migrations: [
    // organisations
    // roadmap
  ],
  modules: [
    // organisations
    // roadmap
  ],
};
