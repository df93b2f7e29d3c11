// Writes the gateway's OpenAPI document (default: apps/gateway/openapi.json); needs no database or NATS.
import { exitOnStartupFailure } from '@orbita/gateway/feature-http';
import { writeOrbitaGatewayOpenApi } from '@orbita/gateway/shell';
import { resolve } from 'node:path';

// The first argument after the script's own path (run as `node dist/…/openapi.js` or through run-ts.cjs).
const scriptIndex = process.argv.findIndex((arg) => /openapi\.(ts|js)$/.test(arg));
const target = resolve(process.argv[scriptIndex + 1] ?? 'apps/gateway/openapi.json');

writeOrbitaGatewayOpenApi(target)
  .then(() => process.stdout.write(`OpenAPI document written to ${target}\n`))
  .catch(exitOnStartupFailure);
