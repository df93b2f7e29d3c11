import { INTEGRATION_SERVICE, IntegrationConfig } from '@orbita/integration/service';
import { SiriusSimulator } from '@orbita/integration/simulator';
import { randomUUID } from 'node:crypto';
import { eventually } from './support/eventually';
import { TestPlatform } from './support/platform';

interface RunsPage {
  items: Array<{ id: string; status: string; counts: { users: { created: number } } }>;
  total: number;
}

// Sync runs through the gateway: the regional coordinator starts one, follows it in the list; a school
// coordinator may do neither. The platform is the simulator, in process.
describe('Sirius.Schools sync runs through the gateway', () => {
  const credentials = { clientId: 'orbita-e2e', clientSecret: 'e2e-secret' };
  const simulator = new SiriusSimulator({ ...credentials, seed: 0 });
  let platform: TestPlatform;

  beforeAll(async () => {
    const url = await simulator.listen(0);
    platform = await TestPlatform.start([
      {
        definition: INTEGRATION_SERVICE,
        config: IntegrationConfig,
        env: {
          SIRIUS_URL: url,
          SIRIUS_CLIENT_ID: credentials.clientId,
          SIRIUS_CLIENT_SECRET: credentials.clientSecret,
        },
      },
    ]);
  });

  afterAll(async () => {
    await platform?.stop();
    await simulator.close();
  });

  it('POST /integration/runs answers 202 with the run; GET /integration/runs shows it succeed with the 214', async () => {
    const token = await platform.gateway.tokenFor('regional_coordinator');
    const started = await platform.request('POST', '/integration/runs', token, {});
    expect(started.statusCode).toBe(202);
    const run = started.json<{ id: string; status: string }>();
    expect(run.status).toBe('running');

    const done = await eventually(
      'the run succeeds',
      async () => {
        const page = (await platform.request('GET', '/integration/runs', token)).json<RunsPage>();
        return page.items.find((item) => item.id === run.id && item.status === 'succeeded');
      },
      30_000,
    );
    expect(done.counts.users.created).toBe(214);
  });

  it('refuses a school coordinator (403) and a body it does not know (400)', async () => {
    const school = await platform.gateway.tokenFor('school_coordinator', randomUUID());
    expect((await platform.request('POST', '/integration/runs', school, {})).statusCode).toBe(403);
    expect((await platform.request('GET', '/integration/runs', school)).statusCode).toBe(403);
    const region = await platform.gateway.tokenFor('regional_coordinator');
    const bad = await platform.request('POST', '/integration/runs', region, { full: 'sometimes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('full');
  });
});
