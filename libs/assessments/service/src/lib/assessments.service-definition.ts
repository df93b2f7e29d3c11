import { PROTOCOLS_ENTITIES, PROTOCOLS_MIGRATIONS, ProtocolsModule } from '@orbita/assessments/protocols';
import { WORKS_ENTITIES, WORKS_MIGRATIONS, WorksModule } from '@orbita/assessments/works';
import type { ServiceDefinition } from '@orbita/service-host';

/** The assessments service: diagnostic works (blueprints, participant codes, templates) and protocols. */
export const ASSESSMENTS_SERVICE: ServiceDefinition = {
  name: 'assessments',
  entities: [...WORKS_ENTITIES, ...PROTOCOLS_ENTITIES],
  migrations: [...WORKS_MIGRATIONS, ...PROTOCOLS_MIGRATIONS],
  modules: [WorksModule, ProtocolsModule],
};
