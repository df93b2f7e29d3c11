import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { authHeader, startTestGateway, type TestGateway } from '@orbita/gateway/shell/testing';
import { createServiceApp, migrateService, ServiceConfig, type ServiceDefinition } from '@orbita/service-host';
import { loadConfig } from '@orbita/observability';
import { createTestDatabase, deleteRunStreams, testActorKeys, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { Writable } from 'node:stream';

const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
const silent = () => new Writable({ write: (_chunk, _encoding, done) => done() });

export interface PlatformService {
  definition: ServiceDefinition;
  /** The service's configuration class (its defaults apply; database, NATS and prefix are the run's). */
  config: new () => ServiceConfig;
  /** More environment for this service (e.g. `SMTP_URL`). */
  env?: Record<string, string>;
  /** Loads demo data into the running service (as `npm start` does), given the service's environment. */
  seed?: (env: Record<string, string>) => Promise<unknown>;
}

/**
 * Gateway + services of one test run, as `npm start` runs them but in one process: one database (a schema
 * per service), one subject prefix, the real PostgreSQL and NATS. Requests go through the gateway.
 */
export class TestPlatform {
  private constructor(
    readonly database: TestDatabase,
    readonly prefix: string,
    readonly gateway: TestGateway,
    private readonly specs: Map<string, PlatformService>,
    private readonly env: Record<string, string>,
    private readonly running = new Map<string, NestFastifyApplication>(),
  ) {}

  static async start(services: PlatformService[]): Promise<TestPlatform> {
    const database = await createTestDatabase();
    const prefix = uniqueRunId();
    const { signingKey, verifyKey } = testActorKeys();
    // Services verify with the public key; seeds sign as the system actor with the private one.
    const env = {
      DATABASE_URL: database.url,
      NATS_URL,
      NATS_SUBJECT_PREFIX: prefix,
      LOG_LEVEL: 'error',
      ACTOR_VERIFY_KEY: verifyKey,
      ACTOR_SIGNING_KEY: signingKey,
    };
    const gateway = await startTestGateway({ databaseUrl: database.url, subjectPrefix: prefix, logDestination: silent() });
    const platform = new TestPlatform(database, prefix, gateway, new Map(services.map((spec) => [spec.definition.name, spec])), env);
    for (const spec of services) {
      await migrateService(spec.definition, platform.envOf(spec));
      await platform.startService(spec.definition.name);
      if (spec.seed) await spec.seed(platform.envOf(spec));
    }
    return platform;
  }

  service(name: string): NestFastifyApplication {
    const app = this.running.get(name);
    if (!app) throw new Error(`${name} is not running`);
    return app;
  }

  /** Starts (again) a service of the platform; resolves once it is ready. */
  async startService(name: string): Promise<void> {
    const spec = this.specs.get(name);
    if (!spec) throw new Error(`${name} is not part of this platform`);
    if (this.running.has(name)) return;
    const app = await createServiceApp(spec.definition, loadConfig(spec.config, this.envOf(spec)), { logDestination: silent() });
    await app.init();
    this.running.set(name, app);
    await waitForReady(app);
  }

  /** Stops a service as a deployment would (its consumers stop; what it misses waits in JetStream). */
  async stopService(name: string): Promise<void> {
    await this.running.get(name)?.close();
    this.running.delete(name);
  }

  private envOf(spec: PlatformService): Record<string, string> {
    return { ...this.env, ...spec.env };
  }

  /** A request through the gateway; `token` from `gateway.tokenFor(...)` or a login. */
  request(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, token?: string, payload?: object, headers: Record<string, string> = {}) {
    return this.gateway.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(token ? authHeader(token) : {}), ...headers },
      ...(payload ? { payload } : {}),
    });
  }

  async stop(): Promise<void> {
    await this.gateway.close();
    for (const app of [...this.running.values()].reverse()) await app.close();
    await deleteRunStreams(this.prefix, NATS_URL);
    await this.database.drop();
  }
}

async function waitForReady(app: NestFastifyApplication, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode !== 200) {
    if (Date.now() > deadline) throw new Error('service not ready in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
