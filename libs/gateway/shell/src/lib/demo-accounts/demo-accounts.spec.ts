import { connect, type NatsConnection } from '@nats-io/transport-node';
import { type Page } from '@orbita/contracts';
import { ListPeopleQuery, REGISTRY_RPC, type PersonView } from '@orbita/registry/rpc';
import {
  Account,
  createGatewayDataSource,
  migrateGatewayDatabase,
  PasswordHasher,
} from '@orbita/gateway/auth';
import { GatewayConfig } from '@orbita/gateway/feature-http';
import { ActorVerifier, MessagingNames, RpcServer } from '@orbita/messaging';
import { loadConfig } from '@orbita/observability';
import { createTestDatabase, testActorKeys, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import {
  demoAccountOf,
  DemoSeedConfig,
  RegistryUnavailableError,
  seedDemoAccounts,
} from './demo-accounts';

// Per installation in real life (npm start); per run here.
const DEMO_PASSWORD = `demo-${randomUUID()}`;

const schoolId = randomUUID();

function person(
  fullName: string,
  email: string | null,
  roles: PersonView['roles'],
  school: string | null = null,
): PersonView {
  return { id: randomUUID(), fullName, email, roles, schoolId: school } as PersonView;
}

const PEOPLE = [
  person('Самойлова Ирина', 'coordinator@demo.orbita.local', ['regional_staff']),
  person('Лаврентьева Марина', 'lavrenteva@demo.orbita.local', ['school_coordinator'], schoolId),
  person('Никифоров Андрей', 'nikiforov@demo.orbita.local', ['teacher', 'mentor'], schoolId),
  person('Эксперт Пётр', 'expert@demo.orbita.local', ['expert']),
  person('Белоусова Татьяна', 'belousova@demo.orbita.local', ['observer']),
  person('Наставник Олег', 'mentor@demo.orbita.local', ['mentor']),
  person('Без Почты', null, ['teacher'], schoolId),
];

describe('demo accounts', () => {
  it('map person roles to account roles, school roles with their school, mentors to none', () => {
    expect(PEOPLE.map((one) => demoAccountOf(one, DEMO_PASSWORD)?.role)).toEqual([
      'regional_coordinator',
      'school_coordinator',
      'teacher',
      'expert',
      'observer',
      undefined,
      undefined,
    ]);
    expect(demoAccountOf(PEOPLE[1], DEMO_PASSWORD)).toMatchObject({
      schoolId,
      personId: PEOPLE[1].id,
      password: DEMO_PASSWORD,
    });
    expect(demoAccountOf(PEOPLE[0], DEMO_PASSWORD)).toMatchObject({ schoolId: null });
    expect(
      demoAccountOf(person('Учитель без школы', 't@demo.orbita.local', ['teacher']), DEMO_PASSWORD),
    ).toBeUndefined();
  });

  it('have no default password: the seed refuses to run without DEMO_PASSWORD', () => {
    expect(() => loadConfig(DemoSeedConfig, {})).toThrow(/DEMO_PASSWORD is missing: .*demo accounts’ password/);
    expect(() => loadConfig(DemoSeedConfig, { DEMO_PASSWORD: 'short' })).toThrow(/DEMO_PASSWORD = \(hidden\)/);
    expect(loadConfig(DemoSeedConfig, { DEMO_PASSWORD }).DEMO_PASSWORD).toBe(DEMO_PASSWORD);
  });

  describe('seed against a registry on NATS', () => {
    let database: TestDatabase;
    let nats: NatsConnection;
    let config: GatewayConfig;
    let registry: RpcServer | undefined;
    const asked: ListPeopleQuery[] = [];

    beforeAll(async () => {
      database = await createTestDatabase();
      await migrateGatewayDatabase(database.url);
      nats = await connect({ servers: 'nats://127.0.0.1:4222' });
      config = loadConfig(GatewayConfig, {
        DATABASE_URL: database.url,
        NATS_SUBJECT_PREFIX: uniqueRunId(),
        ACTOR_SIGNING_KEY: testActorKeys().signingKey,
        JWT_SECRET: randomUUID() + randomUUID(),
      });
    });

    afterAll(async () => {
      await registry?.close();
      await nats?.close();
      await database?.drop();
    });

    it('fails with a clear message when the registry does not answer', async () => {
      const seeding = seedDemoAccounts(config, DEMO_PASSWORD);
      await expect(seeding).rejects.toThrow(RegistryUnavailableError);
      await expect(seeding).rejects.toThrow(/registry must be running and answering registry\.list\.people/);
    });

    it('creates one account per person, pages through the registry, and changes nothing the second time', async () => {
      registry = new RpcServer(nats, 'registry', {
        names: new MessagingNames(config.NATS_SUBJECT_PREFIX),
        actors: ActorVerifier.fromKey(testActorKeys().verifyKey),
      });
      // Pages of 3, whatever was asked: the seed must follow `total`.
      registry.handle(REGISTRY_RPC.listPeople.subject, ListPeopleQuery, async (query): Promise<Page<PersonView>> => {
        asked.push(query);
        const page = query.page ?? 1;
        return { items: PEOPLE.slice((page - 1) * 3, page * 3), total: PEOPLE.length, page, pageSize: 3 };
      });

      const first = await seedDemoAccounts(config, DEMO_PASSWORD);
      expect(asked.map((query) => [query.page, query.pageSize])).toEqual([
        [1, 200],
        [2, 200],
        [3, 200],
      ]);
      expect(first).toHaveLength(5);
      expect(first.every((login) => login.created)).toBe(true);

      const second = await seedDemoAccounts(config, DEMO_PASSWORD);
      expect(second.map((login) => login.created)).toEqual([false, false, false, false, false]);

      const dataSource = await createGatewayDataSource(database.url).initialize();
      try {
        const accounts = await dataSource.getRepository(Account).find({ order: { email: 'ASC' } });
        expect(accounts.map((account) => [account.email, account.role, account.schoolId])).toEqual([
          ['belousova@demo.orbita.local', 'observer', null],
          ['coordinator@demo.orbita.local', 'regional_coordinator', null],
          ['expert@demo.orbita.local', 'expert', null],
          ['lavrenteva@demo.orbita.local', 'school_coordinator', schoolId],
          ['nikiforov@demo.orbita.local', 'teacher', schoolId],
        ]);
        expect(await new PasswordHasher().verify(accounts[0].passwordHash, DEMO_PASSWORD)).toBe(true);
      } finally {
        await dataSource.destroy();
      }
    });

    it('does nothing in production', async () => {
      const before = asked.length;
      expect(await seedDemoAccounts({ ...config, NODE_ENV: 'production' }, DEMO_PASSWORD)).toEqual([]);
      expect(asked).toHaveLength(before);
    });
  });
});
