import { REGISTRATIONS_COUNTED_V1, type RegistrationsCountedV1 } from '@orbita/contracts';
import { INTEGRATION_RPC } from '@orbita/integration/rpc';
import { INTEGRATION_SERVICE, IntegrationConfig } from '@orbita/integration/service';
import { SiriusSimulator } from '@orbita/integration/simulator';
import { startTestService, type TestService } from '@orbita/service-host/testing';
import { testActorKeys } from '@orbita/testing';
import { seedIntegrationDemoData } from './integration-demo';
import { siriusDemoRoster } from './sirius-demo-roster';

const credentials = { clientId: 'orbita-demo-seed-test', clientSecret: 'demo-seed-test-secret' };

describe('the integration demo seed against the simulator serving the demo roster', () => {
  let simulator: SiriusSimulator;
  let service: TestService<IntegrationConfig>;
  const seedEnv = () => ({
    DATABASE_URL: service.config.DATABASE_URL,
    NATS_URL: service.config.NATS_URL,
    NATS_SUBJECT_PREFIX: service.config.NATS_SUBJECT_PREFIX,
    ACTOR_SIGNING_KEY: testActorKeys().signingKey,
    ACTOR_VERIFY_KEY: testActorKeys().verifyKey,
  });

  beforeAll(async () => {
    simulator = new SiriusSimulator({ ...credentials, roster: siriusDemoRoster('2026-12-07') });
    service = await startTestService(INTEGRATION_SERVICE, IntegrationConfig, {
      SIRIUS_URL: await simulator.listen(0),
      SIRIUS_CLIENT_ID: credentials.clientId,
      SIRIUS_CLIENT_SECRET: credentials.clientSecret,
      SIRIUS_CURSOR_OVERLAP_SECONDS: 0,
    });
    await service.answering(INTEGRATION_RPC.listRuns);
  }, 60_000);

  afterAll(async () => {
    await service?.close();
    await simulator?.close();
  });

  it('runs the first sync to its end: the 214 registered are counted', async () => {
    expect(await seedIntegrationDemoData(seedEnv())).toMatch(
      /^sync run \S+ succeeded: 214 people read, 214 new$/,
    );
    const counted = service.events.filter((event) => event.subject === REGISTRATIONS_COUNTED_V1.subject);
    expect(counted.map((event) => (event.payload as unknown as RegistrationsCountedV1).registered)).toEqual([
      214,
    ]);
  }, 60_000);

  it('starts no second run once one it started has succeeded', async () => {
    expect(await seedIntegrationDemoData(seedEnv())).toBe(
      'a manual sync run has already succeeded: none started',
    );
    const { total } = await service.call(INTEGRATION_RPC.listRuns, {});
    expect(total).toBe(1);
  });
});
