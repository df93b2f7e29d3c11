// Writes the gateway's OpenAPI document (default: apps/gateway/openapi.json); needs no NATS.
import { exitOnStartupFailure, writeOpenApiDocument } from '@orbita/gateway/feature-http';
import { resolve } from 'node:path';

const target = resolve(process.argv[2] ?? 'apps/gateway/openapi.json');

writeOpenApiDocument(target)
  .then(() => process.stdout.write(`OpenAPI document written to ${target}\n`))
  .catch(exitOnStartupFailure);
