// The platform's PostgreSQL roles (ADR 0008), made before every `migrate` by `npm start` and by compose's
// migrate job: a migrator owning the schemas and one runtime login per service, each limited to its schema.
//
//   node tools/scripts/run-ts.cjs tools/scripts/provision-database.ts gateway registry …
//
// Environment:
//   DATABASE_ADMIN_URL          an administrator of the platform's database (a superuser, e.g. postgres)
//   DATABASE_PASSWORD_MIGRATOR  the migrator's password
//   DATABASE_PASSWORD_<SERVICE> each named service's password (e.g. DATABASE_PASSWORD_GATEWAY)
//   DATABASE_ROLE_PREFIX        roles are <prefix>_migrator, <prefix>_<service> (default: the database's name)
// Prints the role names as one JSON line; never a password.
import {
  databaseNameOf,
  databaseRoleName,
  MIGRATOR,
  provisionDatabaseRoles,
  type DatabaseLogin,
} from '@orbita/persistence';

/** Tables a service's role may only read and append to (see the gateway's AuditLogRights migration). */
const APPEND_ONLY_TABLES: Readonly<Record<string, readonly string[]>> = { gateway: ['audit_log'] };

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function main(): Promise<void> {
  const services = process.argv.slice(3); // node, run-ts.cjs, this file, then the services
  if (services.length === 0) throw new Error('Name the services whose roles to make, e.g. gateway registry');
  const adminUrl = required('DATABASE_ADMIN_URL');
  const prefix = process.env['DATABASE_ROLE_PREFIX'] || databaseNameOf(adminUrl);
  const login = (owner: string): DatabaseLogin => ({
    role: databaseRoleName(prefix, owner),
    password: required(`DATABASE_PASSWORD_${owner.toUpperCase()}`),
  });
  const plan = {
    migrator: login(MIGRATOR),
    services: services.map((service) => ({
      service,
      ...login(service),
      appendOnlyTables: APPEND_ONLY_TABLES[service] ?? [],
    })),
  };
  await provisionDatabaseRoles(adminUrl, plan);
  const roles = Object.fromEntries(plan.services.map(({ service, role }) => [service, role]));
  process.stdout.write(`${JSON.stringify({ migrator: plan.migrator.role, services: roles })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`database roles: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
