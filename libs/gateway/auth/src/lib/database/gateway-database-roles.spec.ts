import {
  databaseRoleName,
  databaseUrlAs,
  MIGRATOR,
  provisionDatabaseRoles,
  type DatabaseRolesPlan,
} from '@orbita/persistence';
import { createTestDatabase, type TestDatabase } from '@orbita/testing';
import { Client } from 'pg';
import { migrateGatewayDatabase } from './gateway-data-source';

/** The error a statement fails with (SQLSTATE and message), or 'ok'. */
async function outcome(client: Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
    return 'ok';
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    return `${code}: ${message}`;
  }
}

describe('the gateway as its own database role', () => {
  let database: TestDatabase;
  let plan: DatabaseRolesPlan;
  let runtime: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    const login = (owner: string) => ({
      role: databaseRoleName(database.name, owner),
      password: `pw-${owner}`,
    });
    plan = {
      migrator: login(MIGRATOR),
      services: [
        { service: 'gateway', ...login('gateway'), appendOnlyTables: ['audit_log'] },
        { service: 'registry', ...login('registry') },
      ],
    };
    // As `npm start` and compose do it: roles first, then the migrations as the migrator.
    await provisionDatabaseRoles(database.url, plan);
    await migrateGatewayDatabase(databaseUrlAs(database.url, plan.migrator));
    runtime = new Client({ connectionString: databaseUrlAs(database.url, plan.services[0]!) });
    await runtime.connect();
    await runtime.query('SET search_path = gateway');
  });

  afterAll(async () => {
    await runtime?.end();
    await database.drop();
  });

  it('appends to the audit log and reads it', async () => {
    await runtime.query(`INSERT INTO audit_log (action, path) VALUES ('read', '/api/v1/students')`);
    const rows = await runtime.query('SELECT action, path FROM audit_log');
    expect(rows.rows).toEqual([{ action: 'read', path: '/api/v1/students' }]);
  });

  it('may not change or delete an audit row: no right to, not merely a trigger in the way', async () => {
    expect(await outcome(runtime, `UPDATE audit_log SET action = 'forged'`)).toBe(
      '42501: permission denied for table audit_log',
    );
    expect(await outcome(runtime, 'DELETE FROM audit_log')).toBe(
      '42501: permission denied for table audit_log',
    );
    expect(await outcome(runtime, 'TRUNCATE audit_log')).toBe('42501: permission denied for table audit_log');
  });

  it('cannot switch the append-only trigger off', async () => {
    expect(await outcome(runtime, 'SET session_replication_role = replica')).toBe(
      '42501: permission denied to set parameter "session_replication_role"',
    );
    expect(await outcome(runtime, 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only')).toBe(
      '42501: must be owner of table audit_log',
    );
  });

  it('keeps its other tables fully usable and reads no other schema', async () => {
    expect(await outcome(runtime, 'DELETE FROM refresh_tokens')).toBe('ok');
    expect(await outcome(runtime, 'SELECT count(*) FROM accounts')).toBe('ok');
    expect(await outcome(runtime, 'SELECT * FROM registry.migrations')).toBe(
      '42501: permission denied for schema registry',
    );
  });
});
