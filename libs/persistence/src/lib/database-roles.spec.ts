import { createTestDatabase, withClient, type TestDatabase } from '@orbita/testing';
import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  databaseNameOf,
  databaseRoleName,
  databaseUrlAs,
  MIGRATOR,
  provisionDatabaseRoles,
  type DatabaseRolesPlan,
  type ServiceDatabaseLogin,
} from './database-roles';
import { createServiceDataSource, runMigrations } from './service-data-source';

class Notes1700000000001 implements MigrationInterface {
  name = 'Notes1700000000001';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE notes');
  }
}

class Journal1700000000002 implements MigrationInterface {
  name = 'Journal1700000000002';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE journal (id serial PRIMARY KEY, entry text NOT NULL)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE journal');
  }
}

/** A later migration: the runtime role must be able to use its table without provisioning again. */
class Tags1700000000003 implements MigrationInterface {
  name = 'Tags1700000000003';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE tags (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE tags');
  }
}

/** The SQLSTATE a statement fails with, or 'ok'. */
async function outcome(client: Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('provisionDatabaseRoles', () => {
  let database: TestDatabase;
  let plan: DatabaseRolesPlan;
  let alpha: ServiceDatabaseLogin;
  let beta: ServiceDatabaseLogin;

  const migrate = (service: string, migrations: Array<new () => MigrationInterface>) =>
    runMigrations(
      createServiceDataSource({
        service,
        url: databaseUrlAs(database.url, plan.migrator),
        migrations,
        poolSize: 1,
      }),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    const prefix = databaseNameOf(database.url);
    const login = (owner: string) => ({
      role: databaseRoleName(prefix, owner),
      password: `pw-${owner}-${prefix}`,
    });
    alpha = { service: 'alpha', ...login('alpha') };
    beta = { service: 'beta', ...login('beta'), appendOnlyTables: ['journal'] };
    plan = { migrator: login(MIGRATOR), services: [alpha, beta] };
  });

  afterAll(async () => {
    await database.drop();
  });

  it('creates the roles and schemas once and changes nothing when run again', async () => {
    await provisionDatabaseRoles(database.url, plan);
    await provisionDatabaseRoles(database.url, plan);
    await withClient(database.url, async (admin) => {
      const roles = await admin.query(
        `SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolcanlogin FROM pg_roles
          WHERE starts_with(rolname, $1) ORDER BY rolname`,
        [`${database.name}_`],
      );
      expect(roles.rows).toEqual(
        [alpha.role, beta.role, plan.migrator.role].sort().map((rolname) => ({
          rolname,
          rolsuper: false,
          rolcreaterole: false,
          rolcreatedb: false,
          rolcanlogin: true,
        })),
      );
      const owners = await admin.query(
        `SELECT nspname, pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname IN ('alpha', 'beta') ORDER BY 1`,
      );
      expect(owners.rows).toEqual([
        { nspname: 'alpha', owner: plan.migrator.role },
        { nspname: 'beta', owner: plan.migrator.role },
      ]);
    });
  });

  it('lets migrations run as the migrator and the runtime role use every table they make, later ones too', async () => {
    expect(await migrate('alpha', [Notes1700000000001])).toEqual(['Notes1700000000001']);
    expect(await migrate('beta', [Journal1700000000002])).toEqual(['Journal1700000000002']);
    expect(await migrate('alpha', [Notes1700000000001, Tags1700000000003])).toEqual(['Tags1700000000003']);

    await withClient(databaseUrlAs(database.url, alpha), async (client) => {
      await client.query(`INSERT INTO alpha.notes (body) VALUES ('first')`);
      await client.query(`INSERT INTO alpha.tags (name) VALUES ('later table')`);
      await client.query(`UPDATE alpha.notes SET body = 'changed'`);
      expect((await client.query('SELECT body FROM alpha.notes')).rows).toEqual([{ body: 'changed' }]);
      await client.query('DELETE FROM alpha.tags');
      // The outbox relay waits for pg_notify on LISTEN.
      expect(await outcome(client, 'LISTEN alpha_outbox')).toBe('ok');
      // It changes no structure: that is the migrator's job.
      expect(await outcome(client, 'CREATE TABLE alpha.mine (id int)')).toBe('42501');
      expect(await outcome(client, 'DROP TABLE alpha.notes')).toBe('42501');
      expect(await outcome(client, 'CREATE TABLE public.mine (id int)')).toBe('42501');
    });
  });

  it("keeps a service's role out of another service's schema", async () => {
    await withClient(databaseUrlAs(database.url, alpha), async (client) => {
      expect(await outcome(client, 'SELECT * FROM beta.journal')).toBe('42501');
      expect(await outcome(client, `INSERT INTO beta.journal (entry) VALUES ('forged')`)).toBe('42501');
    });
    await withClient(databaseUrlAs(database.url, beta), async (client) => {
      expect(await outcome(client, 'SELECT * FROM alpha.notes')).toBe('42501');
    });
  });

  it('lets an append-only table be read and appended to only, even after provisioning again', async () => {
    await provisionDatabaseRoles(database.url, plan);
    await withClient(databaseUrlAs(database.url, beta), async (client) => {
      await client.query(`INSERT INTO beta.journal (entry) VALUES ('kept')`);
      expect((await client.query('SELECT entry FROM beta.journal')).rows).toEqual([{ entry: 'kept' }]);
      expect(await outcome(client, `UPDATE beta.journal SET entry = 'rewritten'`)).toBe('42501');
      expect(await outcome(client, 'DELETE FROM beta.journal')).toBe('42501');
      expect(await outcome(client, 'TRUNCATE beta.journal')).toBe('42501');
      expect(await outcome(client, 'ALTER TABLE beta.journal DISABLE TRIGGER ALL')).toBe('42501');
      expect(await outcome(client, 'SET session_replication_role = replica')).toBe('42501');
    });
  });

  it('takes over a schema whose migrations ran as a superuser before the roles existed', async () => {
    const legacy: ServiceDatabaseLogin = {
      service: 'gamma',
      role: databaseRoleName(database.name, 'gamma'),
      password: 'pw-gamma',
    };
    // As things were: the superuser made the schema and its tables.
    expect(
      await runMigrations(
        createServiceDataSource({
          service: 'gamma',
          url: database.url,
          migrations: [Notes1700000000001],
          poolSize: 1,
        }),
      ),
    ).toEqual(['Notes1700000000001']);
    await provisionDatabaseRoles(database.url, { ...plan, services: [...plan.services, legacy] });

    expect(await migrate('gamma', [Notes1700000000001, Tags1700000000003])).toEqual(['Tags1700000000003']);
    await withClient(databaseUrlAs(database.url, legacy), async (client) => {
      await client.query(`INSERT INTO gamma.notes (body) VALUES ('old table')`);
      await client.query(`INSERT INTO gamma.tags (name) VALUES ('new table')`);
      expect((await client.query('SELECT count(*)::int AS n FROM gamma.notes')).rows).toEqual([{ n: 1 }]);
    });
  });

  it('refuses a role name PostgreSQL would not take as it is', () => {
    expect(() => databaseRoleName('Orbita', 'registry')).toThrow(/not a valid role name/);
    expect(() => databaseRoleName('x'.repeat(60), 'registry')).toThrow(/at most 63/);
  });
});
