// The Sirius.Schools platform of `npm start`: the operator's when SIRIUS_URL is set, else our stand-in
// (apps/sirius-simulator) serving the demo region as the platform would hold it (tools/seeds/sirius-demo-roster.ts:
// our demo's people with a few deliberate differences, so the mismatch report has something to show).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isPortFree, waitUntil } from './net.mjs';
import { say, spawnService } from './proc.mjs';
import { ensureSecret } from './secrets.mjs';

export const SIMULATOR_PORT = 3090;
const STARTUP_TIMEOUT_MS = 60_000;
const SIRIUS_VARIABLES = ['SIRIUS_URL', 'SIRIUS_TOKEN_URL', 'SIRIUS_CLIENT_ID', 'SIRIUS_CLIENT_SECRET'];

/**
 * Resolves `{ url, env, server }`: the platform's URL, what the integration app needs to reach it, and the
 * simulator's process when we started one (on 127.0.0.1, SIMULATOR_PORT + `portOffset`, with client credentials
 * made once into .data/secrets/).
 */
export async function ensureSirius({ root, dataDir, logDir, portOffset }) {
  if (process.env.SIRIUS_URL) {
    say(`Sirius.Schools at SIRIUS_URL=${process.env.SIRIUS_URL} (no simulator started)`);
    const env = Object.fromEntries(
      SIRIUS_VARIABLES.filter((name) => process.env[name]).map((name) => [name, process.env[name]]),
    );
    return { url: process.env.SIRIUS_URL, env, server: undefined };
  }
  const port = SIMULATOR_PORT + portOffset;
  if (!(await isPortFree(port)))
    throw new Error(
      `Port ${port} for the Sirius.Schools simulator is in use (another \`npm start\` still running?). ` +
        'Stop that, or set SIRIUS_URL to use a running platform.',
    );
  const roster = await writeDemoRoster(root, dataDir);
  const clientId = ensureSecret(
    dataDir,
    'sirius-client-id',
    () => `orbita-${randomBytes(8).toString('hex')}`,
  ).value;
  const clientSecret = ensureSecret(dataDir, 'sirius-client-secret').value;
  const logFile = path.join(logDir, 'sirius-simulator.log');
  const server = spawnService(
    process.execPath,
    [path.join(root, 'tools/scripts/run-ts.cjs'), path.join(root, 'apps/sirius-simulator/src/main.ts')],
    {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        SIRIUS_CLIENT_ID: clientId,
        SIRIUS_CLIENT_SECRET: clientSecret,
        SIRIUS_SIMULATOR_ROSTER: roster,
      },
      logFile,
    },
  );
  await waitUntil(
    'Sirius.Schools simulator',
    async () => {
      if (server.exitCode !== null || server.spawnError)
        throw new Error(`the Sirius.Schools simulator exited at start; see ${logFile}`);
      return !(await isPortFree(port));
    },
    { timeoutMs: STARTUP_TIMEOUT_MS, intervalMs: 250 },
  );
  const url = `http://127.0.0.1:${port}`;
  say(`Sirius.Schools simulator at ${url} (log: .data/logs/sirius-simulator.log)`);
  return {
    url,
    env: { SIRIUS_URL: url, SIRIUS_CLIENT_ID: clientId, SIRIUS_CLIENT_SECRET: clientSecret },
    server,
    stopSignal: 'SIGTERM',
  };
}

/** The demo roster as JSON in the data directory (made afresh each start: it follows the demo's school year). */
async function writeDemoRoster(root, dataDir) {
  const file = path.join(dataDir, 'sirius-demo-roster.json');
  const partial = `${file}.${process.pid}`;
  const out = fs.openSync(partial, 'w');
  const code = await new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'tools/scripts/run-ts.cjs'), path.join(root, 'tools/seeds/sirius-demo-roster.ts')],
      { stdio: ['ignore', out, 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode ?? 1));
  }).finally(() => fs.closeSync(out));
  if (code !== 0) throw new Error(`The Sirius.Schools demo roster failed (exit code ${code})`);
  fs.renameSync(partial, file);
  return file;
}
