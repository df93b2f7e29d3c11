import {
  createTestDatabase,
  TestSmtpServer,
  uniqueRunId,
  type TestDatabase,
} from '@orbita/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
/** Every app's port (`metadata.port` in its project.json), shifted by an offset that is free on this machine. */
const APP_PORTS = readdirSync(join(ROOT, 'apps'))
  .map((app) => join(ROOT, 'apps', app, 'project.json'))
  .filter((file) => existsSync(file))
  .map((file) => (JSON.parse(readFileSync(file, 'utf8')) as { metadata?: { port?: number } }).metadata?.port)
  .filter((port): port is number => Number.isInteger(port));
const GATEWAY_PORT = 3000;
/** `npm start` runs its own nats-server, with the platform's users, on 4223 + the offset (tools/scripts/lib/infra.mjs). */
const OWN_NATS_PORT = 4223;
/** And the Sirius.Schools simulator on 3090 + the offset (tools/scripts/lib/sirius.mjs). */
const SIRIUS_SIMULATOR_PORT = 3090;

function isPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer()
      .once('error', () => done(false))
      .listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

async function freePortOffset(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    // Below Linux's ephemeral range (32768–60999): a port there may be taken by an outgoing connection
    // between this check and the app's listen (seen: «Port 37738 for integration is in use»).
    const offset = 20_000 + Math.floor(Math.random() * 800) * 10;
    const ports = [...APP_PORTS, OWN_NATS_PORT, SIRIUS_SIMULATOR_PORT];
    const free = await Promise.all(ports.map((port) => isPortFree(port + offset)));
    if (free.every(Boolean)) return offset;
  }
  throw new Error('no free range of ports for the platform');
}

/**
 * The whole platform started exactly as `npm start` starts it (tools/scripts/start.mjs: migrations, build,
 * every app as its own process, demo data), isolated for one test run: a database, a nats-server (with the
 * platform's users) and subject prefix, an SMTP server and a range of ports of its own. Its output goes to
 * tmp/web-e2e/<run>.log.
 */
export class StartedPlatform {
  private constructor(
    private readonly process: ChildProcess,
    private readonly database: TestDatabase,
    private readonly natsPort: number,
    readonly smtp: TestSmtpServer,
    readonly baseUrl: string,
    readonly logFile: string,
    /** The demo people's password (DEMO_PASSWORD), the run's own rather than the developer's in .data/. */
    readonly demoPassword: string,
  ) {}

  static async start({ timeoutMs = 8 * 60_000 } = {}): Promise<StartedPlatform> {
    const prefix = uniqueRunId();
    const database = await createTestDatabase();
    const smtp = await TestSmtpServer.start();
    const offset = await freePortOffset();
    const logDir = join(ROOT, 'tmp', 'web-e2e');
    mkdirSync(logDir, { recursive: true });
    const logFile = join(logDir, `${prefix}.log`);
    const demoPassword = randomBytes(12).toString('base64url');
    const log = createWriteStream(logFile);
    const child = spawn(process.execPath, [join(ROOT, 'tools/scripts/start.mjs')], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: database.url,
        // Unset: npm start runs its own nats-server with the platform's users and permissions, as for a developer.
        NATS_URL: '',
        NATS_SUBJECT_PREFIX: prefix,
        SMTP_URL: smtp.url,
        START_PORT_OFFSET: String(offset),
        DEMO_PASSWORD: demoPassword,
        // Each scenario signs in afresh; the login limit itself is proven by the gateway's own tests.
        LOGIN_RATE_LIMIT: '60',
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'warn',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const platform = new StartedPlatform(
      child,
      database,
      OWN_NATS_PORT + offset,
      smtp,
      `http://localhost:${GATEWAY_PORT + offset}`,
      logFile,
      demoPassword,
    );
    let output = '';
    try {
      await new Promise<void>((ready, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`npm start not running within ${timeoutMs / 1000} s`)),
          timeoutMs,
        );
        const take = (chunk: Buffer) => {
          log.write(chunk);
          output = (output + chunk.toString()).slice(-20_000);
          if (/Running\./.test(output)) {
            clearTimeout(timer);
            ready();
          }
        };
        child.stdout?.on('data', take);
        child.stderr?.on('data', take);
        child.once('exit', (code) => {
          clearTimeout(timer);
          fail(new Error(`npm start exited with ${code}`));
        });
      });
    } catch (error) {
      await platform.stop();
      throw new Error(
        `${(error as Error).message}; its last output (all of it in ${logFile}):\n${output.slice(-4_000)}`,
      );
    }
    return platform;
  }

  /** Ctrl-C as a developer would press it (apps stop), then the run's database, streams and SMTP server go. */
  async stop(): Promise<void> {
    if (this.process.exitCode === null && this.process.signalCode === null) {
      const exited = new Promise((done) => this.process.once('exit', done));
      this.process.kill('SIGTERM');
      const killer = setTimeout(() => this.process.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    }
    // Its nats-server stopped with it; its JetStream store is left in .data/nats-<port>.
    rmSync(join(ROOT, '.data', `nats-${this.natsPort}`), { recursive: true, force: true });
    await this.database.drop();
    await this.smtp.stop();
  }
}
