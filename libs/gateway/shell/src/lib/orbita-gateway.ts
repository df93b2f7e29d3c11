import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createSecuredGatewayApp } from '@orbita/gateway/auth';
import {
  buildOpenApiDocument,
  documentOnlyConfig,
  GatewayConfig,
  renderOpenApiDocument,
  type GatewayModuleOptions,
} from '@orbita/gateway/feature-http';
import { loadConfig, type EnvSource } from '@orbita/observability';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GATEWAY_RESOURCE_MODULES } from './gateway-resources';

/**
 * The whole gateway, configured but not listening: the HTTP edge (feature-http), its security
 * (gateway/auth) and every resource module of {@link GATEWAY_RESOURCE_MODULES}, plus `options.resources`.
 */
export function createOrbitaGateway(
  config: GatewayConfig,
  options: GatewayModuleOptions = {},
): Promise<NestFastifyApplication> {
  return createSecuredGatewayApp(config, {
    ...options,
    resources: [...GATEWAY_RESOURCE_MODULES, ...(options.resources ?? [])],
  });
}

/** `apps/gateway/src/main.ts`: starts the gateway from environment variables; resolves once it listens. */
export async function bootstrapOrbitaGateway(env: EnvSource = process.env): Promise<NestFastifyApplication> {
  const config = loadConfig(GatewayConfig, env);
  const app = await createOrbitaGateway(config);
  // SIGTERM/SIGINT: stop taking requests, drain NATS, close the database, then exit 0 (pino flushes).
  app.enableShutdownHooks([], { useProcessExit: true });
  await app.listen({ port: config.PORT, host: config.HOST });
  return app;
}

/**
 * The OpenAPI document as committed in `apps/gateway/openapi.json`, from default configuration only and
 * without starting the application: no database or NATS is needed.
 */
export async function renderOrbitaGatewayOpenApi(): Promise<string> {
  const app = await createOrbitaGateway(documentOnlyConfig());
  try {
    return renderOpenApiDocument(buildOpenApiDocument(app));
  } finally {
    await app.close();
  }
}

/** Writes {@link renderOrbitaGatewayOpenApi} to `path`. */
export async function writeOrbitaGatewayOpenApi(path: string): Promise<void> {
  const document = await renderOrbitaGatewayOpenApi();
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, document);
}
