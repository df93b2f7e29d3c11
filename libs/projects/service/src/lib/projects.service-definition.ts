import { DEFENCES_ENTITIES, DEFENCES_MIGRATIONS, ProjectsDefencesModule } from '@orbita/projects/defences';
import { DIRECTORY_ENTITIES, DIRECTORY_MIGRATIONS } from '@orbita/projects/directory';
import { ProjectsStudiosModule, STUDIOS_ENTITIES, STUDIOS_MIGRATIONS } from '@orbita/projects/studios';
import type { ServiceDefinition } from '@orbita/service-host';
import { StatusModule } from './status/status.module';

/**
 * The projects service: its schema `projects`, its TypeORM entities and migrations (the host adds the
 * outbox/inbox tables) and its feature modules: project defences (seasons, works, rubrics, sheets) and
 * the studios (cycles, applications, the regional credit, standings), both using the directory of
 * schools' people and students.
 */
export const PROJECTS_SERVICE: ServiceDefinition = {
  name: 'projects',
  entities: [...DEFENCES_ENTITIES, ...STUDIOS_ENTITIES, ...DIRECTORY_ENTITIES],
  migrations: [...DEFENCES_MIGRATIONS, ...STUDIOS_MIGRATIONS, ...DIRECTORY_MIGRATIONS],
  modules: [StatusModule, ProjectsDefencesModule, ProjectsStudiosModule],
};
