import { DIRECTORY_ENTITIES, DIRECTORY_MIGRATIONS } from '@orbita/projects/directory';
import { PROJECTS_RPC } from '@orbita/projects/rpc';
import { startTestService, type TestService } from '@orbita/service-host/testing';
import { DEFENCES_ENTITIES, DEFENCES_MIGRATIONS, ProjectsDefencesModule } from '../lib/defences.module';

/** The defences part of the projects service on the test database and NATS, once it answers. */
export async function startDefencesService(): Promise<TestService> {
  const service = await startTestService({
    name: 'projects',
    entities: [...DEFENCES_ENTITIES, ...DIRECTORY_ENTITIES],
    migrations: [...DEFENCES_MIGRATIONS, ...DIRECTORY_MIGRATIONS],
    modules: [ProjectsDefencesModule],
  });
  await service.answering(PROJECTS_RPC.listSeasons);
  return service;
}
