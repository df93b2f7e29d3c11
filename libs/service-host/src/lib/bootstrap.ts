import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DatabaseConfig, runMigrations } from '@orbita/persistence';
import { exitWithStartupFailure, loadConfig, useStructuredLogger, type EnvSource } from '@orbita/observability';
import { dataSourceFor, ServiceHostModule, type ServiceDefinition, type ServiceHostOptions } from './service-host.module';
import { ServiceConfig } from './service-config';

type ConfigClass<C extends ServiceConfig> = new () => C;

/** A service application, configured but not listening (tests call `init()`, main calls `listen`). */
export async function createServiceApp(
  definition: ServiceDefinition,
  config: ServiceConfig,
  options: ServiceHostOptions = {},
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    ServiceHostModule.forRoot(definition, config, options),
    new FastifyAdapter(),
    { bufferLogs: true, abortOnError: false },
  );
  useStructuredLogger(app);
  return app;
}

/** `main.ts` of a service: validated config from the environment, listen, graceful shutdown. */
export async function bootstrapService<C extends ServiceConfig>(
  definition: ServiceDefinition,
  configClass: ConfigClass<C> = ServiceConfig as ConfigClass<C>,
  env: EnvSource = process.env,
): Promise<NestFastifyApplication> {
  const config = loadConfig(configClass, env);
  const app = await createServiceApp(definition, config);
  // SIGTERM/SIGINT: stop answering, stop the relay, drain NATS, close the pool, then exit so pino flushes.
  app.enableShutdownHooks([], { useProcessExit: true });
  await app.listen({ port: config.PORT, host: config.HOST });
  return app;
}

/** The `migrate` target of a service: creates its schema and applies its pending migrations. */
export async function migrateService(definition: ServiceDefinition, env: EnvSource = process.env): Promise<string[]> {
  const config = loadConfig(DatabaseConfig, env);
  const dataSource = dataSourceFor(definition, config);
  try {
    return await runMigrations(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

/** For entry points: reports a failure to start (a config error as its list) as a JSON line, exits 1. */
export function exitOnServiceFailure(service: string) {
  return (error: unknown): never => exitWithStartupFailure(service, error);
}
