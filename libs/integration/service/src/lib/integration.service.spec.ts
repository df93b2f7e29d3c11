import { INTEGRATION_RPC } from '@orbita/integration/rpc';
import {
  regionalCoordinator,
  startTestService,
  waitFor,
  type TestService,
} from '@orbita/service-host/testing';
import { IntegrationConfig } from './integration-config';
import { INTEGRATION_SERVICE } from './integration.service-definition';

describe('integration service', () => {
  let service: TestService<IntegrationConfig>;

  beforeAll(async () => {
    service = await startTestService(INTEGRATION_SERVICE, IntegrationConfig);
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
    await service.answering(INTEGRATION_RPC.getStatus);
    const status = await service.client.request(
      INTEGRATION_RPC.getStatus,
      { echo: 'ping-1' },
      { actor: regionalCoordinator() },
    );
    expect(status).toEqual({ service: 'integration', databaseTime: expect.any(String), echo: 'ping-1' });
  });
});
