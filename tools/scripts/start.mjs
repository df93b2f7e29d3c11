#!/usr/bin/env node
// `npm start`: the whole Orbita platform on a developer machine, from a fresh clone.
//
//   1. npm install, when node_modules is missing or older than package-lock.json;
//   2. PostgreSQL at DATABASE_URL (the database is created if missing), else an embedded one in .data/;
//   3. NATS at NATS_URL, else our own nats-server from PATH on 4223 (+ START_PORT_OFFSET) with JetStream
//      in .data/ and the platform's users (lib/bus.mjs, ADR 0007); a mail catcher (maildev on SMTP 1025,
//      web 1080) unless SMTP_URL is set or something already listens on 1025;
//   4. the database roles (a migrator, one per service: lib/database-roles.mjs, as DATABASE_URL's admin),
//      every project's `migrate` target as the migrator, then `build` of every app (Nx tag type:app);
//   5. the Sirius.Schools platform: SIRIUS_URL if set, else our simulator on 3090 (+ START_PORT_OFFSET) serving the
//      demo region (lib/sirius.mjs); each app as `node dist/apps/<app>/main.js` with DATABASE_URL (its own
//      role), NATS_URL, PORT, LOG_LEVEL, waiting for its /health/ready, then a table of URLs;
//   6. demo data: every project's `seed` target (skip with --no-seed), the first sync run with the platform last;
//   7. Ctrl-C / SIGTERM: apps first, then any server started in 2-3 and 5.
//
// Apps, ports and targets come from the Nx project graph (see lib/workspace.mjs for the conventions).
// Only node: built-ins are imported up front: everything else may not be installed until step 1.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readablePassword } from './lib/accounts.mjs';
import { httpOk, isPortFree, waitUntil } from './lib/net.mjs';
import {
  bold,
  colorFor,
  killServiceNow,
  mustRun,
  paint,
  runStep,
  say,
  spawnService,
  stopCurrentStep,
  stopService,
  useColor,
  warn,
} from './lib/proc.mjs';
import { ensureSecret } from './lib/secrets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.join(root, '.data');
const logDir = path.join(dataDir, 'logs');
const isWindows = process.platform === 'win32';
const npm = isWindows ? 'npm.cmd' : 'npm';
const nx = path.join(root, 'node_modules', '.bin', isWindows ? 'nx.cmd' : 'nx');

const config = {
  databaseUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/orbita',
  // Unset: our own nats-server with users (the machine's NATS may have none and is not ours to configure).
  natsUrl: process.env.NATS_URL,
  smtpUrl: process.env.SMTP_URL,
  logLevel: process.env.LOG_LEVEL || 'info',
  readyTimeoutMs: Number(process.env.START_READY_TIMEOUT_MS || 120_000),
  // Added to every app's port, so a second platform (the browser tests) can run beside a developer's.
  portOffset: Number(process.env.START_PORT_OFFSET || 0),
  seed: !process.argv.includes('--no-seed'),
};

// Everything we started and must stop: apps first, then servers in reverse order of starting.
const started = { apps: [], servers: [] };
let stopping = null;

/** Thrown to unwind main() quietly once a stop has begun (the stop reports what happened). */
class Stopped extends Error {}
const checkpoint = () => {
  if (stopping) throw new Stopped('stopping');
};

main().catch((error) => {
  if (!(error instanceof Stopped) && !stopping) console.error(`\n${paint(31, '✖')} ${error.message}`);
  void shutdown(1);
});

async function main() {
  process.chdir(root);
  installSignalHandlers();

  await ensureDependencies();
  checkpoint();

  fs.mkdirSync(logDir, { recursive: true });
  const { ensurePostgres, ensureNats, startOwnNats, OWN_NATS_PORT } = await import('./lib/infra.mjs');
  const postgres = await ensurePostgres(config.databaseUrl, { dataDir, logDir });
  if (postgres.server) started.servers.push({ name: 'embedded PostgreSQL', ...postgres });
  checkpoint();
  const { readWorkspace, assignPorts } = await import('./lib/workspace.mjs');
  const workspace = await readWorkspace();
  // One NATS user per app that reaches the bus (the same apps as have database roles) and the actor keys.
  const { actorKeys, natsPasswords } = await import('./lib/bus.mjs');
  const natsPassword = natsPasswords(dataDir, workspace.projectsWithTarget('migrate'));
  const actors = actorKeys(dataDir);
  const nats = config.natsUrl
    ? await ensureNats(config.natsUrl, { dataDir, logDir })
    : await startOwnNats({
        root,
        dataDir,
        logDir,
        port: OWN_NATS_PORT + config.portOffset,
        prefix: process.env.NATS_SUBJECT_PREFIX || '',
        passwords: natsPassword,
      });
  if (nats.server) started.servers.push({ name: 'nats-server', ...nats });
  checkpoint();
  const { ensureMailCatcher } = await import('./lib/mail.mjs');
  const mail = await ensureMailCatcher(config.smtpUrl, { root, logDir });
  if (mail.server) started.servers.push({ name: 'maildev', ...mail });
  checkpoint();

  // Each service runs as its own role; migrations and seeds as the migrator, never as the admin (ADR 0008).
  const { provisionDatabaseRoles } = await import('./lib/database-roles.mjs');
  const database = await provisionDatabaseRoles(postgres.url, workspace.projectsWithTarget('migrate'), {
    root,
    dataDir,
  });
  checkpoint();
  const env = { ...sharedEnv(database.migratorUrl, nats.url, mail.smtpUrl), ACTOR_VERIFY_KEY: actors.verifyKey };
  await runTarget('migrate', workspace, env, { required: true });
  checkpoint();
  // Only while no admin exists; given to the gateway alone, shown once below, its hash kept by the gateway.
  const { firstAdminPassword } = await import('./lib/accounts.mjs');
  const adminPassword = process.env.ORBITA_ADMIN_PASSWORD
    ? undefined
    : await firstAdminPassword(env.DATABASE_URL);

  const apps = assignPorts(workspace.apps, config.portOffset);
  if (apps.length === 0) {
    say('No apps (Nx tag type:app) in the workspace yet: nothing to start.');
    return shutdown(0);
  }
  say(`Building ${apps.map((app) => app.name).join(', ')}`);
  await mustRun('Build', nx, ['run-many', '-t', 'build', '--projects', 'tag:type:app'], { env });
  checkpoint();

  const runnable = apps.filter(hasBuiltMain);
  warnAboutPortFallbacks(runnable);
  await ensurePortsFree(runnable);
  const { ensureSirius } = await import('./lib/sirius.mjs');
  const sirius = await ensureSirius({ root, dataDir, logDir, portOffset: config.portOffset });
  if (sirius.server) started.servers.push({ name: 'Sirius.Schools simulator', ...sirius });
  checkpoint();
  const prefixWidth = Math.max(8, ...runnable.map((app) => app.name.length));
  const format = await logFormatter();
  runnable.forEach((app, index) => {
    const appEnv = {
      ...env,
      DATABASE_URL: database.urlOf(app.name) ?? '',
      NATS_USER: app.name,
      NATS_PASSWORD: natsPassword[app.name] ?? '',
    };
    // Only the gateway signs actors; services verify them with ACTOR_VERIFY_KEY.
    if (app.name === 'gateway') appEnv.ACTOR_SIGNING_KEY = actors.signingKey;
    if (app.name === 'gateway' && adminPassword) appEnv.ORBITA_ADMIN_PASSWORD = adminPassword;
    // The demo shows the OneRoster export to the platform (off by default elsewhere).
    if (app.name === 'gateway')
      appEnv.ONEROSTER_EXPORT_ENABLED = process.env.ONEROSTER_EXPORT_ENABLED || 'true';
    // The platform's client credentials go to the integration service alone; the demo syncs hourly.
    if (app.name === 'integration')
      Object.assign(appEnv, sirius.env, {
        INTEGRATION_SCHEDULE_MINUTES: process.env.INTEGRATION_SCHEDULE_MINUTES || '60',
      });
    startApp(app, appEnv, { color: colorFor(index), prefixWidth, format });
  });
  await Promise.all(started.apps.map(waitReady));
  checkpoint();

  printSummary(started.apps, postgres.url, nats.url, mail, sirius);
  printPasswords(adminPassword, env.DEMO_PASSWORD);
  // Seeds call services as the system actor, on the gateway's NATS user.
  const seedEnv = {
    ...env,
    ACTOR_SIGNING_KEY: actors.signingKey,
    NATS_USER: 'gateway',
    NATS_PASSWORD: natsPassword.gateway,
  };
  if (config.seed) await runTarget('seed', workspace, seedEnv, { required: false });
  checkpoint();
  const gateway = started.apps.find((app) => app.name === 'gateway');
  const ui = gateway ? ` Open http://localhost:${gateway.port}/ (web UI).` : '';
  say(bold(`Running.${ui} Press Ctrl-C to stop.`));
}

// ---------------------------------------------------------------- steps

async function ensureDependencies() {
  const marker = path.join(root, 'node_modules', '.package-lock.json'); // npm writes it on every install
  const lock = path.join(root, 'package-lock.json');
  const mtime = (file) => fs.statSync(file).mtimeMs;
  const fresh = fs.existsSync(marker) && (!fs.existsSync(lock) || mtime(lock) <= mtime(marker));
  if (fresh) return;
  say('Installing dependencies (node_modules is missing or older than package-lock.json)');
  await mustRun('npm install', npm, ['install', '--no-audit', '--no-fund']);
  // npm may write package-lock.json after node_modules; mark node_modules fresh so the next start skips this.
  if (fs.existsSync(marker)) fs.utimesSync(marker, new Date(), new Date());
}

/** Environment every app and Nx target gets. */
function sharedEnv(databaseUrl, natsUrl, smtpUrl) {
  return {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV || 'development',
    DATABASE_URL: databaseUrl,
    NATS_URL: natsUrl,
    SMTP_URL: smtpUrl,
    LOG_LEVEL: config.logLevel,
    // Made on the first start into .data/secrets/ and reused, so sessions survive a restart (README, Security).
    JWT_SECRET: process.env.JWT_SECRET || ensureSecret(dataDir, 'jwt-secret').value,
    DEMO_PASSWORD:
      process.env.DEMO_PASSWORD || ensureSecret(dataDir, 'demo-password', readablePassword).value,
    NX_DAEMON: 'false',
    NX_TUI: 'false', // Nx's full-screen task UI would fight with the prefixed app output
  };
}

/**
 * Runs an Nx target in every project that has it. `migrate` must succeed; `seed` (demo data: the hook
 * for loading it) only warns, since the platform is usable without it.
 */
async function runTarget(target, workspace, env, { required }) {
  const projects = workspace.projectsWithTarget(target);
  if (projects.length === 0) {
    say(`No project has a "${target}" target yet: skipping ${target}.`);
    return;
  }
  say(`Running ${target} in ${projects.join(', ')}`);
  // Streamed output: the seed's summary (demo logins, counts) is for the person at the terminal.
  const args = ['run-many', '-t', target, '--projects', projects.join(','), '--output-style=stream'];
  if (required) {
    await mustRun(target, nx, args, { env });
  } else if ((await runStep(nx, args, { env })) !== 0 && !stopping) {
    warn(`${target} failed (see above); the apps keep running.`);
  }
}

function warnAboutPortFallbacks(apps) {
  for (const app of apps.filter((a) => a.portFrom === 'fallback')) {
    warn(`${app.name} has no "metadata": { "port": N } in ${app.root}/project.json; using ${app.port}.`);
  }
}

const mainFile = (app) => path.join(root, 'dist', 'apps', app.name, 'main.js');

function hasBuiltMain(app) {
  if (fs.existsSync(mainFile(app))) return true;
  say(`${app.name}: no dist/apps/${app.name}/main.js after the build, so nothing to run (e.g. a web UI).`);
  return false;
}

async function ensurePortsFree(apps) {
  for (const app of apps) {
    if (!(await isPortFree(app.port))) {
      throw new Error(
        `Port ${app.port} for ${app.name} is in use (another \`npm start\` still running?). ` +
          `Stop that, or change "metadata.port" in ${app.root}/project.json.`,
      );
    }
  }
}

// ---------------------------------------------------------------- apps

/**
 * The apps log pino JSON (right for machines, hard to read in a terminal): show it through pino-pretty,
 * one line per entry. LOG_FORMAT=json shows the raw lines.
 */
async function logFormatter() {
  if (process.env.LOG_FORMAT === 'json') return (line) => line;
  const pinoPretty = await import('pino-pretty');
  const pretty = (pinoPretty.prettyFactory ?? pinoPretty.default.prettyFactory)({
    colorize: useColor,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service,context,req.headers,res.headers',
    messageFormat: '{if context}[{context}] {end}{msg}',
  });
  return (line) => (line.startsWith('{') ? pretty(line).trimEnd() : line);
}

function startApp(app, env, { color, prefixWidth, format }) {
  const prefix = `${paint(color, app.name.padEnd(prefixWidth))} |`;
  const child = spawnService(process.execPath, [mainFile(app)], {
    env: { ...env, PORT: String(app.port) },
    prefix,
    format,
  });
  const entry = { ...app, child, healthUrl: `http://localhost:${app.port}/health/ready` };
  started.apps.push(entry);
  // An app that dies while we are not stopping takes the rest down: a half-running platform misleads.
  void child.exited.then(({ code, signal }) => {
    if (stopping) return;
    const how = child.spawnError
      ? child.spawnError.message
      : signal
        ? `signal ${signal}`
        : `exit code ${code}`;
    console.error(
      `\n${paint(31, '✖')} ${app.name} stopped (${how}); its output is above, prefixed "${app.name} |".`,
    );
    void shutdown(1);
  });
}

async function waitReady({ name, child, healthUrl }) {
  await waitUntil(
    `${name} (${healthUrl})`,
    async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.spawnError)
        throw new Stopped('app exited');
      return httpOk(healthUrl);
    },
    { timeoutMs: config.readyTimeoutMs },
  ).catch((error) => {
    if (error instanceof Stopped) throw error;
    throw new Error(
      `${error.message}; its output is above, prefixed "${name} |" (START_READY_TIMEOUT_MS to wait longer)`,
    );
  });
  say(`${name} is ready`);
}

function printSummary(apps, databaseUrl, natsUrl, mail, sirius) {
  const redact = (url) => url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
  const rows = [];
  const gateway = apps.find((app) => app.name === 'gateway');
  if (gateway && fs.existsSync(path.join(root, 'dist', 'apps', 'web', 'index.html'))) {
    rows.push(['Web UI', `http://localhost:${gateway.port}/`, '(served by the gateway)']);
  }
  for (const app of apps) {
    rows.push([app.name, `http://localhost:${app.port}`, app.healthUrl]);
    if (app.name === 'gateway') rows.push(['  API docs', `http://localhost:${app.port}/api/docs`, '']);
  }
  rows.push(['PostgreSQL', redact(databaseUrl), ''], ['NATS', natsUrl, '']);
  rows.push(['Mail', mail.webUrl ?? '(no web inbox known)', redact(mail.smtpUrl)]);
  rows.push(['Sirius.Schools', redact(sirius.url), sirius.server ? '(simulator, demo region)' : '(SIRIUS_URL)']);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
  console.log(`\n${bold('Orbita is up')}\n`);
  for (const [name, url, health] of rows) {
    console.log(`  ${bold(name.padEnd(widths[0]))}  ${url.padEnd(widths[1])}  ${health}`.trimEnd());
  }
  console.log('');
}

/** The first admin's password on the start that made it (the only time it is shown), and the demo one. */
function printPasswords(adminPassword, demoPassword) {
  if (adminPassword) {
    const email = process.env.ORBITA_ADMIN_EMAIL || 'admin@orbita.local';
    console.log(`  ${bold('First admin')}  ${email} / ${adminPassword}`);
    console.log('               shown this once: note it now (only its hash is kept)');
  }
  const kept = process.env.DEMO_PASSWORD ? 'from DEMO_PASSWORD' : 'kept in .data/secrets/demo-password';
  console.log(`  ${bold('Demo people')}  password ${demoPassword} (${kept})\n`);
}

// ---------------------------------------------------------------- stopping

function installSignalHandlers() {
  let firstAt = 0;
  const onSignal = (signal) => {
    if (!stopping) {
      firstAt = Date.now();
      console.log(`\n${signal}: stopping…`);
      void shutdown(0);
      return;
    }
    // `npm start` passes the terminal's Ctrl-C on to us as well, so one press can arrive twice:
    // only a press a moment later means "stop now".
    if (Date.now() - firstAt > 1000) {
      warn('Stopping now: killing what is left.');
      process.exit(130); // the 'exit' handler below kills the rest
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);
  // Safety net for any way out of this process: nothing we started may outlive it.
  process.on('exit', () => {
    for (const app of started.apps) killServiceNow(app.child);
    for (const server of started.servers) killServiceNow(server.server, server.stopSignal);
  });
}

/** Stops the apps (all at once), then our servers (last started first), then exits. Idempotent. */
function shutdown(exitCode) {
  stopping ??= (async () => {
    await stopCurrentStep(); // e.g. a build still running
    const running = started.apps.filter(
      (app) => app.child.exitCode === null && app.child.signalCode === null,
    );
    if (running.length > 0) say(`Stopping ${running.map((app) => app.name).join(', ')}`);
    await Promise.all(
      started.apps.map((app) => stopService(app.child, { signal: 'SIGTERM', timeoutMs: 10_000 })),
    );
    for (const server of [...started.servers].reverse()) {
      say(`Stopping ${server.name}`);
      await stopService(server.server, { signal: server.stopSignal, timeoutMs: 20_000 });
    }
    if (exitCode === 0) say('Stopped.');
    process.exit(exitCode);
  })();
  return stopping;
}
