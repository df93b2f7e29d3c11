import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  CORRELATION_ID_HEADER,
  exitWithStartupFailure,
  loadConfig,
  useStructuredLogger,
  type EnvSource,
} from '@orbita/observability';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GatewayConfig } from './config/gateway-config';
import { trackRouteMethods } from './errors/allowed-methods';
import { problemClientErrorHandler, problemFrameworkErrors, refuseLongUrls } from './errors/edge-errors';
import { GatewayModule, type GatewayModuleOptions } from './gateway.module';
import { buildOpenApiDocument, renderOpenApiDocument, setupOpenApi } from './openapi/openapi';
import { multipartSupport } from './transfers/multipart';
import { resolveWebRoot, serveWebUiFiles } from './web-ui/web-ui';

/**
 * The gateway application, configured but not listening: Fastify with the body limit, helmet,
 * CORS for `CORS_ORIGINS`, the problem+json filter, the validation pipe and the OpenAPI routes.
 * `app.listen()` (or `app.init()` in tests) starts it and opens the NATS connection.
 */
export async function createGatewayApp(
  config: GatewayConfig,
  options: GatewayModuleOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    clientErrorHandler: problemClientErrorHandler,
    frameworkErrors: problemFrameworkErrors,
  });
  // Before Nest registers its routes (at init), so that every route is recorded.
  trackRouteMethods(adapter.getInstance());
  refuseLongUrls(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.forRoot(config, options),
    adapter,
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  useStructuredLogger(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Swagger UI: inline styles and data: images.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // TLS ends at the proxy in front; a plain-HTTP developer machine must keep working.
        upgradeInsecureRequests: null,
      },
    },
  });
  // Answers over 1 kB (JSON lists, the OpenAPI document) go out as br or gzip, as the client accepts.
  // Request bodies are not inflated: an upload's size limit is on the bytes that arrive.
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'], globalDecompression: false });
  if (config.CORS_ORIGINS.length > 0) {
    app.enableCors({
      origin: config.CORS_ORIGINS,
      credentials: true,
      exposedHeaders: [CORRELATION_ID_HEADER],
      maxAge: 600,
    });
  }
  await app.register(multipartSupport);
  setupOpenApi(app);
  const webRoot = resolveWebRoot(config);
  if (webRoot) await serveWebUiFiles(app, webRoot);
  return app;
}

/** Starts the gateway from environment variables; resolves once it listens. */
export async function bootstrapGateway(env: EnvSource = process.env): Promise<NestFastifyApplication> {
  const config = loadConfig(GatewayConfig, env);
  const app = await createGatewayApp(config);
  // SIGTERM/SIGINT: stop taking requests, drain NATS, then `process.exit(0)` so that pino flushes
  // its buffered lines (re-raising the signal would drop them).
  app.enableShutdownHooks([], { useProcessExit: true });
  await app.listen({ port: config.PORT, host: config.HOST });
  return app;
}

/**
 * The OpenAPI document as committed in `apps/gateway/openapi.json`, built without starting the
 * application (no NATS needed) and from default configuration only, so that it does not depend
 * on the environment.
 */
export async function renderGatewayOpenApi(): Promise<string> {
  const app = await createGatewayApp(documentOnlyConfig());
  try {
    return renderOpenApiDocument(buildOpenApiDocument(app));
  } finally {
    await app.close();
  }
}

/**
 * Default configuration, to build the application only for its OpenAPI document: it signs nothing, so a
 * throwaway key stands in for JWT_SECRET.
 */
export function documentOnlyConfig(): GatewayConfig {
  return loadConfig(GatewayConfig, {
    LOG_LEVEL: 'warn',
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused', // the document needs no database
    JWT_SECRET: randomBytes(32).toString('hex'),
    // Signs nothing: the document only needs the app built.
    ACTOR_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  });
}

/** Writes {@link renderGatewayOpenApi} to `path`. */
export async function writeOpenApiDocument(path: string): Promise<void> {
  const document = await renderGatewayOpenApi();
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, document);
}

/** For `main.ts`: a failure to start is reported (a config error as its list) and exits 1. */
export function exitOnStartupFailure(error: unknown): never {
  return exitWithStartupFailure('gateway', error);
}
