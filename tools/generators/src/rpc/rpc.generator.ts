import type { Tree } from '@nx/devkit';
import { classNameOf, constantNameOf, propertyNameOf, serviceName, subjectToken } from '../lib/naming';
import { formatSources, readText, withImport, withReExport } from '../lib/source-edits';

export interface RpcGeneratorOptions {
  service: string;
  verb: string;
  noun: string;
  permission: string;
  scope?: 'school' | 'region' | 'open';
  request?: string;
  response?: string;
  list?: boolean;
}

const PERMISSIONS_FILE = 'libs/auth/src/lib/permissions.ts';
const NO_CONTENT = 'none';

/**
 * `nx g ./tools/generators:rpc <service> <verb> <noun> --permission=… [--scope=…]`: a request/reply contract
 * `<service>.<verb>.<noun>` in the service's rpc library — its request and reply classes (one example
 * field each) in `src/lib/<noun>.ts`, and its `defineRpc` entry in `<SERVICE>_RPC`.
 */
export default async function rpcGenerator(tree: Tree, options: RpcGeneratorOptions): Promise<void> {
  const service = serviceName(options.service);
  const verb = subjectToken(options.verb, 'verb');
  const noun = subjectToken(options.noun, 'noun');
  const library = `libs/${service}/rpc/src`;
  if (!tree.exists(`${library}/index.ts`)) {
    throw new Error(
      `${library}/index.ts is missing: make the service first (nx g ./tools/generators:service ${service})`,
    );
  }
  const permission = knownPermission(tree, options.permission);
  const operation = {
    service,
    key: propertyNameOf(`${verb}-${noun}`),
    subject: `${service}.${verb}.${noun}`,
    request: options.request ?? `${classNameOf(`${verb}-${noun}`)}Request`,
    response: options.response ?? `${classNameOf(noun)}View`,
    list: options.list ?? false,
    permission,
    scope: options.scope ?? 'school',
  };

  const classesFile = `${library}/lib/${noun}.ts`;
  tree.write(classesFile, withClasses(tree.read(classesFile, 'utf-8') ?? '', operation));
  const catalogue = findCatalogue(tree, library, service) ?? createCatalogue(tree, library, service);
  tree.write(catalogue, withOperation(readText(tree, catalogue), operation, `./${noun}`));
  tree.write(`${library}/index.ts`, withReExport(readText(tree, `${library}/index.ts`), `./lib/${noun}`));
  await formatSources(tree, [classesFile, catalogue, `${library}/index.ts`]);
}

type Operation = Required<Omit<RpcGeneratorOptions, 'verb' | 'noun'>> & { key: string; subject: string };

function knownPermission(tree: Tree, permission: string): string {
  const declared = tree.read(PERMISSIONS_FILE, 'utf-8');
  if (declared !== null && !declared.includes(`'${permission}'`)) {
    throw new Error(`"${permission}" is not a permission of ${PERMISSIONS_FILE}: add it there first`);
  }
  return permission;
}

const declares = (source: string, className: string) => new RegExp(`\\bclass ${className}\\b`).test(source);

/** The request and reply classes, each with one example field to replace, unless the file has them. */
function withClasses(source: string, operation: Operation): string {
  let text = source;
  const classes: string[] = [];
  if (!declares(text, operation.request)) {
    text = withImport(withImport(text, '@nestjs/swagger', 'ApiProperty'), 'class-validator', 'IsUUID');
    classes.push(
      [
        `/** What \`${operation.subject}\` takes; its class-validator decorators are the schema on both sides. */`,
        `export class ${operation.request} {`,
        `  @ApiProperty({ format: 'uuid' })`,
        `  @IsUUID()`,
        `  id!: string;`,
        `}`,
      ].join('\n'),
    );
  }
  if (operation.response !== NO_CONTENT && !declares(text, operation.response)) {
    text = withImport(text, '@nestjs/swagger', 'ApiProperty');
    classes.push(
      [
        `export class ${operation.response} {`,
        `  @ApiProperty({ format: 'uuid' })`,
        `  id!: string;`,
        `}`,
      ].join('\n'),
    );
  }
  return classes.length === 0 ? text : `${text.trimEnd()}\n\n${classes.join('\n\n')}\n`.trimStart();
}

/** The file of the library that declares `<SERVICE>_RPC`, if one does. */
function findCatalogue(tree: Tree, library: string, service: string): string | undefined {
  const declaration = `export const ${constantNameOf(service)}_RPC = {`;
  const visit = (dir: string): string | undefined => {
    for (const child of tree.children(dir)) {
      const path = `${dir}/${child}`;
      if (tree.isFile(path)) {
        if (path.endsWith('.ts') && readText(tree, path).includes(declaration)) return path;
      } else {
        const found = visit(path);
        if (found) return found;
      }
    }
    return undefined;
  };
  return visit(library);
}

function createCatalogue(tree: Tree, library: string, service: string): string {
  const path = `${library}/lib/${service}-rpc.ts`;
  tree.write(
    path,
    [
      `/** Request/reply operations of the ${service} service (\`<service>.<verb>.<noun>\`). */`,
      `export const ${constantNameOf(service)}_RPC = {`,
      `};`,
      ``,
    ].join('\n'),
  );
  tree.write(
    `${library}/index.ts`,
    withReExport(readText(tree, `${library}/index.ts`), `./lib/${service}-rpc`),
  );
  return path;
}

/** Adds the operation's `defineRpc` entry at the end of `<SERVICE>_RPC`, importing its classes. */
function withOperation(source: string, operation: Operation, classesModule: string): string {
  const declaration = `export const ${constantNameOf(operation.service)}_RPC = {`;
  const start = source.indexOf(declaration);
  // The object's closing brace is the first line after its start that begins with `}`.
  const end = source.indexOf('\n}', start) + 1;
  const body = source.slice(start, end);
  if (new RegExp(`^\\s+${operation.key}:`, 'm').test(body)) {
    throw new Error(`${constantNameOf(operation.service)}_RPC already has ${operation.key}`);
  }
  const response =
    operation.response === NO_CONTENT
      ? 'null'
      : operation.list
        ? `[${operation.response}]`
        : operation.response;
  const entry = [
    `  // Answered by @RpcHandler(${constantNameOf(operation.service)}_RPC.${operation.key}) in the ${operation.service} service.`,
    `  ${operation.key}: defineRpc({`,
    `    subject: '${operation.subject}',`,
    `    request: ${operation.request},`,
    `    response: ${response},`,
    `    permission: '${operation.permission}',`,
    `    scope: '${operation.scope}',`,
    `  }),`,
    ``,
  ].join('\n');
  let text = source.slice(0, end) + entry + source.slice(end);
  text = withImport(text, '@orbita/contracts', 'defineRpc');
  for (const name of [
    operation.request,
    ...(operation.response === NO_CONTENT ? [] : [operation.response]),
  ]) {
    if (!declares(text, name)) text = withImport(text, classesModule, name);
  }
  return text;
}
