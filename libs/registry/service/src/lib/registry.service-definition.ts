import {
  ORGANISATIONS_ENTITIES,
  ORGANISATIONS_MIGRATIONS,
  RegistryOrganisationsModule,
} from '@orbita/registry/organisations';
import { ROADMAP_ENTITIES, ROADMAP_MIGRATIONS, RoadmapModule } from '@orbita/registry/roadmap';
import type { ServiceDefinition } from '@orbita/service-host';

/**
 * The registry service: its schema, tables, migrations and feature modules. Each feature library
 * contributes its entities, migrations and module here.
 */
export const REGISTRY_SERVICE: ServiceDefinition = {
  name: 'registry',
  entities: [
    ...ORGANISATIONS_ENTITIES,
    ...ROADMAP_ENTITIES,
  ],
  migrations: [
    ...ORGANISATIONS_MIGRATIONS,
    ...ROADMAP_MIGRATIONS,
  ],
  modules: [
    RegistryOrganisationsModule,
    RoadmapModule,
  ],
};
