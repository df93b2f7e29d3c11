// The places outside its own folders where a service must be known: each edit is made only when missing,
// and the shared files are changed line by line, never rewritten (they are not prettier-formatted).
import { updateJson, type Tree } from '@nx/devkit';
import { readText } from '../lib/source-edits';

const ESLINT_CONFIG = 'eslint.config.mjs';
const NATS_CONFIG = 'tools/scripts/nats-config.ts';
const COMPOSE = 'docker-compose.yml';

/** `@orbita/<name>/service` and `@orbita/<name>/rpc`, in the paths' alphabetical order. */
export function addTsconfigPaths(tree: Tree, name: string): void {
  updateJson(
    tree,
    'tsconfig.base.json',
    (tsconfig: { compilerOptions: { paths: Record<string, string[]> } }) => {
      const paths = {
        ...tsconfig.compilerOptions.paths,
        [`@orbita/${name}/rpc`]: [`./libs/${name}/rpc/src/index.ts`],
        [`@orbita/${name}/service`]: [`./libs/${name}/service/src/index.ts`],
      };
      const sorted = Object.fromEntries(Object.entries(paths).sort(([a], [b]) => (a < b ? -1 : 1)));
      return { ...tsconfig, compilerOptions: { ...tsconfig.compilerOptions, paths: sorted } };
    },
  );
}

/** The service's `scope:<name>` in the module boundaries (`const services = [...]`). */
export function addBoundaryScope(tree: Tree, name: string): void {
  const source = readText(tree, ESLINT_CONFIG);
  const [declaration, scopes] = /const services = \[([^\]]*)\];/.exec(source) ?? [];
  if (!declaration || scopes === undefined) {
    throw new Error(`${ESLINT_CONFIG} has no "const services = [...]" list of scopes`);
  }
  if (scopes.includes(`'${name}'`)) return;
  tree.write(ESLINT_CONFIG, source.replace(declaration, `const services = [${scopes}, '${name}'];`));
}

/** The service's NATS user (ADR 0007): one more entry in ORBITA_BUS_SERVICES. */
export function addBusUser(tree: Tree, name: string): void {
  const source = readText(tree, NATS_CONFIG);
  const [declaration, entries] =
    /const ORBITA_BUS_SERVICES: readonly BusService\[\] = \[\n([\s\S]*?)\];/.exec(source) ?? [];
  if (!declaration || entries === undefined)
    throw new Error(`${NATS_CONFIG} has no ORBITA_BUS_SERVICES list`);
  if (entries.includes(`name: '${name}'`)) return;
  const added = declaration.replace(entries, `${entries}  { name: '${name}' },\n`);
  tree.write(NATS_CONFIG, source.replace(declaration, added));
}

interface ServiceBlock {
  name: string;
  text: string;
  port: string;
}

/** The services of docker-compose.yml as their text blocks (two-space indented keys under `services:`). */
function composeServiceBlocks(source: string): ServiceBlock[] {
  const services = source.indexOf('\nservices:\n');
  if (services < 0) throw new Error(`${COMPOSE} has no services`);
  const [section = ''] = source.slice(services + '\nservices:\n'.length).split(/\n(?=\S)/);
  return (
    section
      .split(/\n(?= {2}[a-z][\w-]*:\n)/)
      // A comment that ends a block introduces the next service: it is not the block's own.
      .map((text) => text.replace(/(\n {2}#[^\n]*|\n)+$/, ''))
      .filter((text) => /^ {2}[a-z]/.test(text))
      .map((text) => ({
        name: /^ {2}([\w-]+):/.exec(text)?.[1] ?? '',
        text,
        port: /^\s+PORT: '(\d+)'$/m.exec(text)?.[1] ?? '',
      }))
  );
}

/**
 * The service in docker-compose.yml, made the way the file's own note says to ("copy the registry service
 * below"): the shortest app service (a NATS user of its own, not the gateway) with its name and port
 * replaced; plus its NATS password for nats-server, its database role for the migrate job and its
 * database password.
 */
export function addComposeService(tree: Tree, name: string, port: number): void {
  let source = readText(tree, COMPOSE);
  const blocks = composeServiceBlocks(source);
  if (blocks.some((block) => block.name === name)) return;
  const sibling = blocks
    .filter((block) => block.name !== 'gateway' && /^\s+NATS_USER: /m.test(block.text) && block.port)
    .sort((a, b) => a.text.length - b.text.length)[0];
  if (!sibling) throw new Error(`${COMPOSE} has no app service to model the new one on`);
  const [lower, upper] = [sibling.name, sibling.name.toUpperCase()];
  const block = sibling.text
    // Not \b: the names also stand after `_` (orbita_registry, NATS_PASSWORD_REGISTRY).
    .replace(new RegExp(`(?<![a-z])${lower}(?![a-z])`, 'g'), name)
    .replace(new RegExp(`(?<![A-Z])${upper}(?![A-Z])`, 'g'), name.toUpperCase())
    .replace(new RegExp(`'${sibling.port}'`, 'g'), `'${port}'`);
  const last = blocks.at(-1) ?? sibling;
  const end = source.indexOf(last.text) + last.text.length;
  source = `${source.slice(0, end)}\n\n${block}${source.slice(end)}`;

  source = afterLastLine(
    source,
    /^(\s+)NATS_PASSWORD_([A-Z_]+): \$\{NATS_PASSWORD_\2:\?set NATS_PASSWORD_\2\}$/gm,
    (indent) => `${indent}${variable('NATS_PASSWORD', name)}`,
  );
  source = afterLastLine(
    source,
    /^(\s+)DATABASE_PASSWORD_([A-Z_]+): \$\{DATABASE_PASSWORD_\2:\?set DATABASE_PASSWORD_\2\}$/gm,
    (indent) => `${indent}${variable('DATABASE_PASSWORD', name)}`,
  );
  source = withDocumentedVariable(source, 'NATS_PASSWORD', name);
  source = withDocumentedVariable(source, 'DATABASE_PASSWORD', name);
  const roles = /(provision-database\.ts(?:[ \t]*\n?[ \t]*[a-z]+)+)/.exec(source);
  if (!roles) throw new Error(`${COMPOSE}: the migrate job names no services after provision-database.ts`);
  source = source.replace(roles[0], `${roles[0]} ${name}`);
  tree.write(COMPOSE, source);
}

const variable = (prefix: string, name: string) => {
  const key = `${prefix}_${name.toUpperCase()}`;
  return `${key}: \${${key}:?set ${key}}`;
};

/** The header's list of required passwords (`#   NATS_PASSWORD_A, NATS_PASSWORD_B`) names the new one too. */
function withDocumentedVariable(source: string, prefix: string, name: string): string {
  const lists = [...source.matchAll(new RegExp(`^#\\s+${prefix}_[A-Z_]+(, ${prefix}_[A-Z_]+)*,?$`, 'gm'))];
  const last = lists.at(-1);
  if (!last) return source;
  const end = last.index + last[0].length;
  return `${source.slice(0, end).replace(/,$/, '')}, ${prefix}_${name.toUpperCase()}${source.slice(end)}`;
}

/** Inserts a line after the last line matching `pattern` (global, multiline), indented like it. */
function afterLastLine(source: string, pattern: RegExp, line: (indent: string) => string): string {
  const last = [...source.matchAll(pattern)].at(-1);
  if (!last) throw new Error(`${COMPOSE}: no line like ${pattern.source}`);
  const end = last.index + last[0].length;
  return `${source.slice(0, end)}\n${line(last[1] ?? '')}${source.slice(end)}`;
}

/** The `metadata.port` of every app. */
export function appPorts(tree: Tree): number[] {
  return tree
    .children('apps')
    .map((app) => `apps/${app}/project.json`)
    .filter((file) => tree.exists(file))
    .map((file) => (JSON.parse(readText(tree, file)) as { metadata?: { port?: number } }).metadata?.port)
    .filter((port): port is number => port !== undefined);
}
