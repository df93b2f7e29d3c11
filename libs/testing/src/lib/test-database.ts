import { Client } from 'pg';
import { uniqueRunId } from './run-id';

export interface TestDatabase {
  /** Connection URL of the new, empty database. */
  url: string;
  /** Its name; roles named `<name>_…` (provisioned for it) are dropped with it. */
  name: string;
  drop(): Promise<void>;
}

/** The server tests use: TEST_DATABASE_URL, else DATABASE_URL, else the machine's PostgreSQL. */
export function testServerUrl(): string {
  return process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** A database of its own for one test run on the shared server, dropped afterwards. */
export async function createTestDatabase(serverUrl = testServerUrl()): Promise<TestDatabase> {
  const name = `orbita_${uniqueRunId()}`;
  const admin = adminUrl(serverUrl);
  await withClient(admin, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await withClient(admin, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        // Roles are cluster-wide: those provisioned for this database (named after it) go with it.
        const roles = await client.query<{ rolname: string }>(
          'SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1)',
          [`${name}_`],
        );
        for (const { rolname } of roles.rows)
          await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(rolname)}`);
      });
    },
  };
}

function adminUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  return url.toString();
}

/** Runs `work` on a connection of its own to `url` (e.g. as one login role), closed whatever happens. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
