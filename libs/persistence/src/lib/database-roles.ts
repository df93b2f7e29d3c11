import { Client } from 'pg';
import { schemaOf } from './service-data-source';

/** A PostgreSQL login: role name and password. */
export interface DatabaseLogin {
  role: string;
  password: string;
}

/** A service's runtime login and what it may do in its own schema. */
export interface ServiceDatabaseLogin extends DatabaseLogin {
  /** The service, i.e. its schema. */
  service: string;
  /** Tables of its schema it may only read and append to (no UPDATE, DELETE or TRUNCATE), e.g. an audit log. */
  appendOnlyTables?: readonly string[];
}

/** Who owns what: one migrator owning every service's schema, one runtime login per service. */
export interface DatabaseRolesPlan {
  migrator: DatabaseLogin;
  services: readonly ServiceDatabaseLogin[];
}

/** The migrator's role name among the roles of `prefix`. */
export const MIGRATOR = 'migrator';

/**
 * The role `owner` (a service, or `migrator`) of a platform whose roles start with `prefix`. Role names are
 * cluster-wide, so the prefix is by default the database's name: platforms sharing a server (developers,
 * test runs) never share a role.
 */
export function databaseRoleName(prefix: string, owner: string): string {
  const name = `${prefix}_${owner}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || name.length > 63) {
    throw new Error(
      `"${name}" is not a valid role name (lowercase letters, digits, _; at most 63 characters)`,
    );
  }
  return name;
}

/** The database named in a postgres:// URL (the default role prefix). */
export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
}

/** The same server and database as `url`, signed in as `login`. */
export function databaseUrlAs(url: string, login: DatabaseLogin): string {
  const target = new URL(url);
  target.username = encodeURIComponent(login.role);
  target.password = encodeURIComponent(login.password);
  return target.toString();
}

/**
 * Creates the roles of `plan` if missing (else sets their passwords and attributes again) and gives them
 * exactly their rights, connected as a superuser of the server (setting role attributes and the migrator's
 * default privileges needs one). Idempotent: run it before every `migrate`.
 *
 * - The migrator owns every service's schema and everything in it (taken over from whoever created it
 *   before), so only it can change their structure.
 * - A service's role has USAGE on its own schema and SELECT, INSERT, UPDATE, DELETE on its tables (USAGE,
 *   SELECT on its sequences), also on tables later migrations create (default privileges of the migrator);
 *   nothing on other schemas. None of the roles is a superuser, so none can switch off a trigger
 *   (`session_replication_role`) or the rights themselves.
 */
export async function provisionDatabaseRoles(adminUrl: string, plan: DatabaseRolesPlan): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  const id = (name: string) => client.escapeIdentifier(name);
  const migrator = id(plan.migrator.role);
  try {
    await client.query('BEGIN');
    // Two provisioners at once (replicas of a migrate job) would race on CREATE ROLE.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('orbita.database-roles'))`);
    const [{ db }] = (await client.query('SELECT current_database() AS db')).rows as [{ db: string }];
    const database = id(db);
    for (const login of [plan.migrator, ...plan.services]) {
      await ensureLogin(client, login);
      await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${id(login.role)}`);
    }
    // PostgreSQL before 15 lets anyone create tables in `public`: nobody needs that here.
    await client.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
    for (const service of plan.services) {
      const schema = schemaOf(service.service);
      const role = id(service.role);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${id(schema)} AUTHORIZATION ${migrator}`);
      await adoptSchema(client, schema, plan.migrator.role);
      await client.query(`GRANT USAGE ON SCHEMA ${id(schema)} TO ${role}`);
      await client.query(
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${id(schema)} TO ${role}`,
      );
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${id(schema)} TO ${role}`);
      await client.query(
        `ALTER DEFAULT PRIVILEGES FOR ROLE ${migrator} IN SCHEMA ${id(schema)} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`,
      );
      await client.query(
        `ALTER DEFAULT PRIVILEGES FOR ROLE ${migrator} IN SCHEMA ${id(schema)} GRANT USAGE, SELECT ON SEQUENCES TO ${role}`,
      );
      for (const table of service.appendOnlyTables ?? []) {
        const exists = await client.query('SELECT to_regclass($1) AS oid', [`${id(schema)}.${id(table)}`]);
        // A table its migration has yet to create: that migration narrows the rights itself.
        if (exists.rows[0].oid === null) continue;
        await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${id(schema)}.${id(table)} FROM ${role}`);
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function ensureLogin(client: Client, login: DatabaseLogin): Promise<void> {
  if (!login.password) throw new Error(`No password for the database role ${login.role}`);
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login.role]);
  // Attributes are set every time, so a role someone widened by hand is narrowed again.
  const attributes = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS';
  const verb = exists.rowCount ? 'ALTER' : 'CREATE';
  // Utility statements take no parameters; the literal is escaped by the driver.
  await client.query(
    `${verb} ROLE ${client.escapeIdentifier(login.role)} WITH ${attributes} PASSWORD ${client.escapeLiteral(login.password)}`,
  );
}

/**
 * Makes the migrator the owner of the schema and of every table, sequence and function in it, e.g. of a
 * database whose migrations ran as a superuser before these roles existed.
 */
async function adoptSchema(client: Client, schema: string, migrator: string): Promise<void> {
  const id = (name: string) => client.escapeIdentifier(name);
  await client.query(`ALTER SCHEMA ${id(schema)} OWNER TO ${id(migrator)}`);
  // Tables first: their own sequences (serial, identity) follow them and cannot be moved alone.
  const objects = [
    {
      kind: 'TABLE',
      sql: `SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p') AND c.relowner <> $2::regrole`,
    },
    {
      kind: 'SEQUENCE',
      sql: `SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = $1::regnamespace AND c.relkind = 'S' AND c.relowner <> $2::regrole`,
    },
    {
      kind: 'FUNCTION',
      sql: `SELECT p.oid::regprocedure::text AS name FROM pg_proc p WHERE p.pronamespace = $1::regnamespace AND p.proowner <> $2::regrole`,
    },
  ];
  for (const { kind, sql } of objects) {
    const rows = (await client.query<{ name: string }>(sql, [id(schema), id(migrator)])).rows;
    for (const { name } of rows) {
      // regprocedure text is already a qualified, quoted signature; relation names need quoting.
      const target = kind === 'FUNCTION' ? name : `${id(schema)}.${id(name)}`;
      await client.query(`ALTER ${kind} ${target} OWNER TO ${id(migrator)}`);
    }
  }
}
