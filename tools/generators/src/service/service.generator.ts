import { generateFiles, names, type GeneratorCallback, type Tree } from '@nx/devkit';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceName } from '../lib/naming';
import { formatSources } from '../lib/source-edits';
import {
  addBoundaryScope,
  addBusUser,
  addComposeService,
  addTsconfigPaths,
  appPorts,
} from './platform-registrations';

export interface ServiceGeneratorOptions {
  name: string;
  port?: number;
}

/** compose's nats-server configuration, rendered from tools/scripts/nats-config.ts (tools/ops/nats-config.spec.ts). */
const COMPOSE_NATS_SERVER_CONF = 'tools/ops/nats-server.conf';

/**
 * `nx g ./tools/generators:service <name>`: a service shaped like its siblings — `apps/<name>` (main, migrate,
 * the serve/build/migrate targets), `libs/<name>/service` (its ServiceDefinition, config class and a
 * status request answered with `@RpcHandler`, and a test that it boots against PostgreSQL and NATS),
 * `libs/<name>/rpc` (its contracts) — and its place in the platform: tsconfig paths, the boundaries'
 * scope, its NATS user, and the compose service with its database role (`npm start` finds apps and
 * their roles in the Nx project graph by themselves).
 */
export default async function serviceGenerator(
  tree: Tree,
  options: ServiceGeneratorOptions,
): Promise<GeneratorCallback> {
  const name = serviceName(options.name);
  for (const folder of [`apps/${name}`, `libs/${name}`]) {
    if (tree.exists(folder)) throw new Error(`${folder} exists already`);
  }
  const ports = appPorts(tree);
  // One above the highest, so that a service never takes a port a sibling had.
  const port = options.port ?? Math.max(3000, ...ports) + 1;
  if (options.port !== undefined && ports.includes(options.port)) {
    throw new Error(`Port ${options.port} is another app's (metadata.port)`);
  }
  const { className, constantName } = names(name);
  generateFiles(tree, join(__dirname, 'files'), '.', { name, className, constantName, port });
  addTsconfigPaths(tree, name);
  addBoundaryScope(tree, name);
  addBusUser(tree, name);
  addComposeService(tree, name, port);
  await formatSources(tree);
  // Rendered by the script itself once the files are written, so that the two never differ.
  return () => renderComposeNatsServerConf(tree.root);
}

export function renderComposeNatsServerConf(root: string): void {
  const rendered = execFileSync(
    process.execPath,
    ['tools/scripts/run-ts.cjs', 'tools/scripts/nats-config.ts', 'compose'],
    { cwd: root, encoding: 'utf8' },
  );
  writeFileSync(join(root, COMPOSE_NATS_SERVER_CONF), rendered);
}
