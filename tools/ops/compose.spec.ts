// No Docker engine runs where the tests run, so docker-compose.yml and the app Dockerfile are checked
// statically: the compose file against the Compose Specification schema, and the conventions that make
// every app deployable on its own (the one app Dockerfile, given its APP and PORT: multi-stage, non-root,
// with a HEALTHCHECK).
import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

const repoRoot = path.resolve(__dirname, '..', '..');
const schemaPath = path.resolve(repoRoot, '..', 'shared', 'schemas', 'compose-spec.json');
const composePath = path.join(repoRoot, 'docker-compose.yml');
const appDockerfile = 'tools/ops/service.Dockerfile';

interface ComposeService {
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, string> | string[] };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  healthcheck?: { test?: unknown; disable?: boolean };
  restart?: string;
  depends_on?: string[] | Record<string, { condition?: string }>;
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}
interface AppProject {
  name: string;
  dir: string;
  metadata: { port?: number; compose?: boolean };
}

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const compose = (): ComposeFile =>
  parse(fs.readFileSync(composePath, 'utf8'), { merge: true }) as ComposeFile;

/** Every folder in apps/ (a deployable), less those whose project.json says `"metadata": { "compose": false }`. */
function deployableApps(): AppProject[] {
  const appsDir = path.join(repoRoot, 'apps');
  if (!fs.existsSync(appsDir)) return [];
  return fs
    .readdirSync(appsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = path.join(appsDir, entry.name);
      const projectFile = path.join(dir, 'project.json');
      const project = fs.existsSync(projectFile)
        ? (JSON.parse(fs.readFileSync(projectFile, 'utf8')) as { metadata?: AppProject['metadata'] })
        : {};
      return { name: entry.name, dir, metadata: project.metadata ?? {} };
    })
    .filter((app) => app.metadata.compose !== false);
}

/** Dockerfile instructions as [KEYWORD, arguments], with comments dropped and continuation lines joined. */
function dockerInstructions(text: string): Array<[string, string]> {
  return text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return [keyword!.toUpperCase(), rest.join(' ')] as [string, string];
    });
}

/** What is wrong with a Dockerfile by our conventions; empty when nothing is. */
function dockerfileProblems(text: string): string[] {
  const instructions = dockerInstructions(text);
  const problems: string[] = [];
  const fromIndexes = instructions.flatMap(([keyword], index) => (keyword === 'FROM' ? [index] : []));
  if (fromIndexes.length < 2) problems.push('is not multi-stage (needs a build stage and a runtime stage)');
  const finalStage = instructions.slice(fromIndexes.at(-1) ?? 0);
  const user = finalStage.filter(([keyword]) => keyword === 'USER').at(-1)?.[1];
  if (!user) problems.push('sets no USER in its final stage (it would run as root)');
  else if (/^(root|0)(:|$)/.test(user)) problems.push(`runs as root (USER ${user})`);
  const healthcheck = finalStage.find(([keyword]) => keyword === 'HEALTHCHECK');
  if (!healthcheck || /^NONE\b/i.test(healthcheck[1])) problems.push('has no HEALTHCHECK in its final stage');
  return problems;
}

const dependsOn = (service: ComposeService, name: string): string | undefined => {
  const deps = service.depends_on;
  if (Array.isArray(deps)) return deps.includes(name) ? 'service_started' : undefined;
  return deps?.[name] ? (deps[name].condition ?? 'service_started') : undefined;
};

const envValue = (service: ComposeService, key: string): string | undefined => {
  const env = service.environment;
  if (Array.isArray(env)) return env.find((entry) => entry.startsWith(`${key}=`))?.slice(key.length + 1);
  const value = env?.[key];
  return value === undefined || value === null ? undefined : String(value);
};

describe('docker-compose.yml', () => {
  it('is valid by the Compose Specification schema', () => {
    const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    expect(schema['$schema']).toMatch(/draft-07/);
    // Ajv knows draft-07 under its canonical id only; the schema names it https://…/draft-07/schema.
    delete schema['$schema'];
    const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
    const validate = ajv.compile(schema);
    // The schema does bite: a misspelt key is an error.
    expect(validate({ services: { app: { imagee: 'node:20' } } })).toBe(false);
    const valid = validate(compose());
    expect(valid ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n')).toEqual([]);
  });

  it('has healthy-checked postgres and nats, and a one-off migrate job', () => {
    const { services } = compose();
    expect(services['postgres']?.healthcheck?.test).toBeDefined();
    expect(services['nats']?.healthcheck?.test).toBeDefined();
    expect(services['migrate']).toBeDefined();
    expect(services['migrate']!.restart).toBe('no');
    expect(dependsOn(services['migrate']!, 'postgres')).toBe('service_healthy');
  });

  it('builds every app from the app Dockerfile, runs it after the migrations, with a health check and restart policy', () => {
    const { services } = compose();
    const problems = deployableApps().flatMap((app) => {
      const service = services[app.name];
      if (!service) return [`apps/${app.name} has no compose service "${app.name}"`];
      const found: string[] = [];
      const build = typeof service.build === 'string' ? { context: service.build } : service.build;
      if (build?.context !== '.' || build.dockerfile !== appDockerfile) {
        found.push(`service ${app.name} must build with context "." and dockerfile ${appDockerfile}`);
      }
      const args = build?.args;
      if (Array.isArray(args) || args?.['APP'] !== app.name) {
        found.push(`service ${app.name} must build with the arg APP: ${app.name}`);
      }
      if (Array.isArray(args) || args?.['PORT'] !== envValue(service, 'PORT')) {
        found.push(`service ${app.name} must build with the arg PORT equal to its PORT`);
      }
      if (dependsOn(service, 'migrate') !== 'service_completed_successfully') {
        found.push(
          `service ${app.name} must depend on migrate with condition service_completed_successfully`,
        );
      }
      if (!service.healthcheck?.test || service.healthcheck.disable)
        found.push(`service ${app.name} has no healthcheck`);
      if (!service.restart || service.restart === 'no')
        found.push(`service ${app.name} has no restart policy`);
      for (const key of ['DATABASE_URL', 'NATS_URL', 'PORT']) {
        if (!envValue(service, key)) found.push(`service ${app.name} does not set ${key}`);
      }
      if (app.metadata.port !== undefined && envValue(service, 'PORT') !== String(app.metadata.port)) {
        found.push(
          `service ${app.name} PORT differs from metadata.port ${app.metadata.port} in its project.json`,
        );
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it("builds the gateway's image with the web UI it serves", () => {
    const build = compose().services['gateway']?.build;
    expect(typeof build === 'object' && !Array.isArray(build.args) ? build.args?.['WEB_UI'] : undefined).toBe(
      'true',
    );
  });

  it('runs each app as its own database role, made by the migrate job, and only that job as the superuser', () => {
    const { services } = compose();
    const migrate = services['migrate']!;
    const command = JSON.stringify(migrate.command ?? '');
    expect(command).toContain('tools/scripts/provision-database.ts');
    expect(envValue(migrate, 'DATABASE_URL')).toMatch(/^postgres:\/\/orbita_migrator:/);
    const problems = deployableApps().flatMap((app) => {
      const found: string[] = [];
      if (!new RegExp(`\\b${app.name}\\b`).test(command)) found.push(`migrate makes no role for ${app.name}`);
      const url = envValue(services[app.name] ?? {}, 'DATABASE_URL') ?? '';
      if (!url.startsWith(`postgres://orbita_${app.name}:`)) found.push(`${app.name} connects as ${url}`);
      return found;
    });
    expect(problems).toEqual([]);
    const superuser = Object.entries(services)
      .filter(([, service]) => /\/\/postgres:/.test(JSON.stringify(service.environment ?? {})))
      .map(([name]) => name);
    expect(superuser).toEqual(['migrate']);
  });

  it('has a compose service only for things that exist', () => {
    const { services } = compose();
    const apps = new Set(deployableApps().map((app) => app.name));
    const infra = new Set(['postgres', 'nats', 'migrate']);
    const strays = Object.keys(services).filter((name) => !infra.has(name) && !apps.has(name));
    expect(strays).toEqual([]);
  });
});

describe('the app Dockerfile', () => {
  it('is multi-stage, non-root, with a HEALTHCHECK', () => {
    expect(dockerfileProblems(fs.readFileSync(path.join(repoRoot, appDockerfile), 'utf8'))).toEqual([]);
  });

  it('is the only one: no app keeps a Dockerfile of its own', () => {
    const own = deployableApps()
      .filter((app) => fs.existsSync(path.join(app.dir, 'Dockerfile')))
      .map((app) => `apps/${app.name}/Dockerfile`);
    expect(own).toEqual([]);
  });

  it('is judged by a checker that itself judges correctly', () => {
    const good = [
      'FROM node:20 AS build',
      'RUN npm ci \\',
      '  && npx nx build gateway',
      'FROM node:20-slim',
      'USER node',
      'HEALTHCHECK CMD node -e "1"',
    ].join('\n');
    expect(dockerfileProblems(good)).toEqual([]);
    expect(dockerfileProblems('FROM node:20\nUSER node\nHEALTHCHECK CMD true')).toEqual([
      'is not multi-stage (needs a build stage and a runtime stage)',
    ]);
    expect(dockerfileProblems('FROM a AS b\nUSER node\nHEALTHCHECK CMD true\nFROM c\nUSER root')).toEqual([
      'runs as root (USER root)',
      'has no HEALTHCHECK in its final stage',
    ]);
    expect(dockerfileProblems('FROM a AS b\nFROM c\nHEALTHCHECK NONE')).toEqual([
      'sets no USER in its final stage (it would run as root)',
      'has no HEALTHCHECK in its final stage',
    ]);
  });
});
