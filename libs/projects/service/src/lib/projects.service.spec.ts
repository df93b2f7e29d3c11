import { PROJECTS_RPC } from '@orbita/projects/rpc';
import {
  regionalCoordinator,
  startTestService,
  waitFor,
  type TestService,
} from '@orbita/service-host/testing';
import { ProjectsConfig } from './projects-config';
import { PROJECTS_SERVICE } from './projects.service-definition';

describe('projects service', () => {
  let service: TestService<ProjectsConfig>;

  beforeAll(async () => {
    service = await startTestService(PROJECTS_SERVICE, ProjectsConfig);
    await service.app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await service?.close();
  });

  it('is ready once its database and NATS answer', async () => {
    await waitFor(
      async () => (await service.app.inject({ method: 'GET', url: '/health/ready' })).statusCode === 200,
    );
  });

  it('answers its status request over the bus, with the database time', async () => {
    await service.answering(PROJECTS_RPC.getStatus);
    const status = await service.client.request(
      PROJECTS_RPC.getStatus,
      { echo: 'ping-1' },
      { actor: regionalCoordinator() },
    );
    expect(status).toEqual({ service: 'projects', databaseTime: expect.any(String), echo: 'ping-1' });
  });
});
