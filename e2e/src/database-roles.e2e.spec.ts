// The platform's database roles as `npm start` and compose make them (tools/scripts/provision-database.ts),
// over the real migrations of every service: each service's role uses all of its own tables and none of
// another's, and the gateway's only reads and appends to the audit log (ADR 0008).
import { ASSESSMENTS_SERVICE } from '@orbita/assessments/service';
import { PARTNER_REGISTERED_V1 } from '@orbita/contracts';
import { REGISTRY_RPC } from '@orbita/registry/rpc';
import { ENROLLMENT_SERVICE } from '@orbita/enrollment/service';
import { migrateGatewayDatabase } from '@orbita/gateway/auth';
import { ActorSigner, connectNats, MessagingNames, RpcClient } from '@orbita/messaging';
import { NOTIFICATIONS_SERVICE } from '@orbita/notifications/service';
import { createServiceDataSource, databaseUrlAs, runMigrations } from '@orbita/persistence';
import { RegistryConfig, REGISTRY_SERVICE } from '@orbita/registry/service';
import { REPORTING_SERVICE } from '@orbita/reporting/service';
import { createServiceApp, migrationsOf, type ServiceDefinition } from '@orbita/service-host';
import {
  createTestDatabase,
  deleteRunStreams,
  testActorKeys,
  uniqueRunId,
  withClient,
  type TestDatabase,
} from '@orbita/testing';
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { eventually } from './support/eventually';

const ROOT = resolve(__dirname, '../..');
const SERVICES: ServiceDefinition[] = [
  REGISTRY_SERVICE,
  ENROLLMENT_SERVICE,
  ASSESSMENTS_SERVICE,
  REPORTING_SERVICE,
  NOTIFICATIONS_SERVICE,
];
const ALL = [...SERVICES.map((service) => service.name), 'gateway'];

interface Roles {
  migrator: string;
  services: Record<string, string>;
}

describe('database roles of the platform', () => {
  let database: TestDatabase;
  const passwords = new Map(
    ['migrator', ...ALL].map((owner) => [owner, randomBytes(18).toString('base64url')]),
  );
  let roles: Roles;

  const provision = async (): Promise<Roles> => {
    const env: Record<string, string | undefined> = { ...process.env, DATABASE_ADMIN_URL: database.url };
    for (const [owner, password] of passwords) env[`DATABASE_PASSWORD_${owner.toUpperCase()}`] = password;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['tools/scripts/run-ts.cjs', 'tools/scripts/provision-database.ts', ...ALL],
      { cwd: ROOT, env },
    );
    expect(stdout).not.toContain(passwords.get('gateway'));
    return JSON.parse(stdout) as Roles;
  };
  const urlOf = (owner: string) =>
    databaseUrlAs(database.url, {
      role: owner === 'migrator' ? roles.migrator : roles.services[owner]!,
      password: passwords.get(owner)!,
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    roles = await provision();
    for (const service of SERVICES) {
      await runMigrations(
        createServiceDataSource({
          service: service.name,
          url: urlOf('migrator'),
          entities: [...service.entities],
          migrations: migrationsOf(service),
          poolSize: 1,
        }),
      );
    }
    await migrateGatewayDatabase(urlOf('migrator'));
    // Again, as every later `npm start` does: idempotent, and the audit log stays narrowed.
    expect(await provision()).toEqual(roles);
  }, 120_000);

  afterAll(async () => {
    await database.drop();
  });

  it('names one role per service and a migrator after the database, none of them a superuser', async () => {
    expect(roles.migrator).toBe(`${database.name}_migrator`);
    expect(Object.keys(roles.services).sort()).toEqual([...ALL].sort());
    const rows = await withClient(database.url, (admin) =>
      admin.query('SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1) AND NOT rolsuper', [
        `${database.name}_`,
      ]),
    );
    expect(rows.rowCount).toBe(ALL.length + 1);
  });

  it.each(ALL)('lets %s read and write each of its own tables and no other schema', async (service) => {
    const tables = await withClient(database.url, (admin) =>
      admin.query<{ name: string }>(
        `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = $1`,
        [service],
      ),
    );
    expect(tables.rowCount).toBeGreaterThan(1);
    await withClient(urlOf(service), async (client) => {
      for (const { name } of tables.rows) {
        await client.query(`SELECT * FROM ${name} LIMIT 1`);
        const rights = await client.query(
          `SELECT has_table_privilege($1, 'INSERT') AS insert, has_table_privilege($1, 'DELETE') AS delete`,
          [name],
        );
        expect({ name, ...rights.rows[0] }).toEqual({
          name,
          insert: true,
          delete: name !== 'gateway.audit_log',
        });
      }
      for (const other of ALL.filter((name) => name !== service)) {
        await expect(client.query(`SELECT * FROM ${other}.migrations LIMIT 1`)).rejects.toThrow(
          `permission denied for schema ${other}`,
        );
      }
    });
  });

  it('refuses the gateway an UPDATE or DELETE of an audit row', async () => {
    await withClient(urlOf('gateway'), async (client) => {
      await client.query(`INSERT INTO gateway.audit_log (action) VALUES ('read')`);
      await expect(client.query(`UPDATE gateway.audit_log SET action = 'forged'`)).rejects.toThrow(
        'permission denied for table audit_log',
      );
      await expect(client.query('DELETE FROM gateway.audit_log')).rejects.toThrow(
        'permission denied for table audit_log',
      );
      await expect(client.query('SET session_replication_role = replica')).rejects.toThrow(
        'permission denied to set parameter',
      );
    });
  });

  it('runs a real service as its own role: a write is stored and its event leaves through the outbox', async () => {
    const prefix = uniqueRunId();
    const config = Object.assign(new RegistryConfig(), {
      DATABASE_URL: urlOf('registry'),
      NATS_SUBJECT_PREFIX: prefix,
      ACTOR_VERIFY_KEY: testActorKeys().verifyKey,
      LOG_LEVEL: 'warn',
    });
    const app = await createServiceApp(REGISTRY_SERVICE, config, {
      logDestination: new Writable({ write: (_chunk, _encoding, done) => done() }),
    });
    await app.init();
    const nats = await connectNats({ url: config.NATS_URL, name: 'database-roles-test' });
    try {
      const names = new MessagingNames(prefix);
      const published: string[] = [];
      nats.subscribe(names.subject('registry.*.*.*'), {
        callback: (error, message) => {
          if (!error) published.push(names.unprefixed(message.subject));
        },
      });
      const client = new RpcClient(nats, { names, actors: ActorSigner.fromKey(testActorKeys().signingKey) });
      const actor = { userId: randomUUID(), role: 'regional_coordinator' as const, schoolId: null };
      // The service subscribes a moment after init.
      const partner = await eventually(
        'the registry answering',
        () =>
          client
            .request(
              REGISTRY_RPC.createPartner,
              { kind: 'university', fullName: 'Томский государственный университет', shortName: 'ТГУ' },
              { actor },
            )
            .catch(() => undefined),
        15_000,
      );
      expect(partner.id).toEqual(expect.any(String));
      expect(await app.get(DataSource).query('SELECT current_user AS role')).toEqual([
        { role: roles.services['registry'] },
      ]);
      await eventually('the event published', async () => published.includes(PARTNER_REGISTERED_V1.subject));
      const outbox = await withClient(database.url, (admin) =>
        admin.query('SELECT count(*)::int AS left FROM registry.outbox'),
      );
      expect(outbox.rows).toEqual([{ left: 0 }]);
    } finally {
      await app.close();
      await nats.drain();
      await deleteRunStreams(prefix);
    }
  });
});
