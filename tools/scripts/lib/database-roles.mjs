// The platform's PostgreSQL roles for `npm start` (ADR 0008): passwords made once into .data/secrets/, the
// roles made by tools/scripts/provision-database.ts (libs/persistence) through the admin connection.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensureSecret } from './secrets.mjs';

const run = promisify(execFile);

/**
 * Provisions the migrator and one runtime role for each of `services`; resolves `{ migratorUrl, urlOf }`:
 * the URL `migrate` and `seed` use, and a service's own URL (undefined for one without a role).
 */
export async function provisionDatabaseRoles(adminUrl, services, { root, dataDir }) {
  const owners = ['migrator', ...services];
  const passwords = new Map(owners.map((owner) => [owner, ensureSecret(dataDir, `postgres-${owner}`).value]));
  const env = { ...process.env, DATABASE_ADMIN_URL: adminUrl };
  for (const [owner, password] of passwords) env[`DATABASE_PASSWORD_${owner.toUpperCase()}`] = password;
  const script = ['tools/scripts/run-ts.cjs', 'tools/scripts/provision-database.ts'].map((file) =>
    path.join(root, file),
  );
  const { stdout } = await run(process.execPath, [...script, ...services], { cwd: root, env }).catch(
    (error) => {
      throw new Error(
        `${error.stderr?.trim() || error.message}\n  npm start makes the database roles as DATABASE_URL's user, ` +
          'so that must be an administrator of the database (e.g. the superuser postgres).',
      );
    },
  );
  const roles = JSON.parse(stdout.trim().split('\n').at(-1));
  const urlAs = (role, password) => {
    const url = new URL(adminUrl);
    url.username = encodeURIComponent(role);
    url.password = encodeURIComponent(password);
    return url.toString();
  };
  return {
    migratorUrl: urlAs(roles.migrator, passwords.get('migrator')),
    urlOf: (service) => roles.services[service] && urlAs(roles.services[service], passwords.get(service)),
  };
}
