// Writes the gateway's OpenAPI document (default: apps/gateway/openapi.json); needs no database or NATS.
import { exitOnStartupFailure } from '@orbita/gateway/feature-http';
import { writeOrbitaGatewayOpenApi } from '@orbita/gateway/shell';
import { resolve } from 'node:path';

const target = resolve(process.argv[2] ?? 'apps/gateway/openapi.json');

writeOrbitaGatewayOpenApi(target)
  .then(() => process.stdout.write(`OpenAPI document written to ${target}\n`))
  .catch(exitOnStartupFailure);
