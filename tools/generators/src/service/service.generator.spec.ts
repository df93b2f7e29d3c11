// Slow, about a minute and a half: a scratch copy of the workspace (as it is on disk, without what builds
// and runs leave), the generators run there through `nx g` as a developer runs them, then what they made
// is type-checked, linted and tested: the new service boots against the real PostgreSQL and NATS.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { parse } from 'yaml';
import serviceGenerator from './service.generator';

const repoRoot = resolve(__dirname, '../../../..');
const bin = (path: string) => join(repoRoot, 'node_modules', path);
const MINUTES = 60_000;
/** Not copied: dependencies (linked instead), history, and what builds, caches and `npm start` leave. */
const LEFT_OUT = new Set(['node_modules', '.git', '.nx', '.data', 'dist', 'tmp', 'coverage']);

interface ComposeService {
  build?: { args?: Record<string, string> };
  command?: string[];
  environment?: Record<string, string>;
}

describe('service, event and rpc generators in a scratch workspace [slow: generates, type-checks, lints, boots a service]', () => {
  let workspace: string;
  const read = (path: string) => readFileSync(join(workspace, path), 'utf8');
  /** Runs a node script of node_modules in the scratch workspace; fails with its output. */
  const run = (script: string, args: string[]) => {
    try {
      return runQuietly(script, args);
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`${(error as Error).message}\n${stdout ?? ''}\n${stderr ?? ''}`);
    }
  };
  const runQuietly = (script: string, args: string[]) =>
    execFileSync(process.execPath, [bin(script), ...args], {
      cwd: workspace,
      encoding: 'utf8',
      stdio: 'pipe',
      // The nested Jest must not take itself for a worker of this run.
      env: {
        ...process.env,
        JEST_WORKER_ID: undefined,
        NX_DAEMON: 'false',
        NX_TUI: 'false',
        NX_NO_CLOUD: 'true',
      },
    });

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'orbita-generators-'));
    cpSync(repoRoot, workspace, { recursive: true, filter: (path) => !LEFT_OUT.has(basename(path)) });
    symlinkSync(join(repoRoot, 'node_modules'), join(workspace, 'node_modules'), 'dir');
    run('nx/dist/bin/nx.js', ['g', './tools/generators:service', 'sample']);
    run('nx/dist/bin/nx.js', ['g', './tools/generators:event', 'sample', 'thing', 'created']);
    run('nx/dist/bin/nx.js', [
      'g',
      './tools/generators:rpc',
      'sample',
      'get',
      'thing',
      '--permission=schools:read',
    ]);
  }, 3 * MINUTES);

  afterAll(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('registers the service where the platform looks: paths, boundaries, the bus, compose and its database role', () => {
    const paths = (
      JSON.parse(read('tsconfig.base.json')) as { compilerOptions: { paths: Record<string, string[]> } }
    ).compilerOptions.paths;
    expect(paths['@orbita/sample/service']).toEqual(['./libs/sample/service/src/index.ts']);
    expect(paths['@orbita/sample/rpc']).toEqual(['./libs/sample/rpc/src/index.ts']);
    expect(read('eslint.config.mjs')).toMatch(/const services = \[[^\]]*'sample'\];/);
    expect(read('tools/ops/nats-server.conf')).toContain('user: "sample"');

    const port = (JSON.parse(read('apps/sample/project.json')) as { metadata: { port: number } }).metadata
      .port;
    const { services } = parse(read('docker-compose.yml'), { merge: true }) as {
      services: Record<string, ComposeService>;
    };
    expect(services['sample']?.build?.args).toEqual({ APP: 'sample', PORT: String(port) });
    expect(services['sample']?.environment).toMatchObject({
      DATABASE_URL: expect.stringMatching(/^postgres:\/\/orbita_sample:\$\{DATABASE_PASSWORD_SAMPLE:/),
      PORT: String(port),
      NATS_USER: 'sample',
      NATS_PASSWORD: expect.stringContaining('NATS_PASSWORD_SAMPLE'),
    });
    expect(services['nats']?.environment?.['NATS_PASSWORD_SAMPLE']).toBeDefined();
    expect(services['migrate']?.environment?.['DATABASE_PASSWORD_SAMPLE']).toBeDefined();
    expect(JSON.stringify(services['migrate']?.command)).toMatch(/provision-database\.ts[^&]* sample\b/);
  });

  it(
    'type-checks',
    () => {
      writeFileSync(
        join(workspace, 'tsconfig.generated.json'),
        JSON.stringify({
          extends: './tsconfig.base.json',
          compilerOptions: { noEmit: true, types: ['node', 'jest'] },
          include: ['apps/sample/**/*.ts', 'libs/sample/**/*.ts', 'libs/contracts/src/sample/**/*.ts'],
        }),
      );
      run('typescript/bin/tsc', ['-p', 'tsconfig.generated.json']);
    },
    3 * MINUTES,
  );

  it(
    'lints, module boundaries included',
    () => {
      run('eslint/bin/eslint.js', [
        '--max-warnings=0',
        'apps/sample',
        'libs/sample',
        'libs/contracts/src/sample',
      ]);
    },
    3 * MINUTES,
  );

  it(
    'boots the service: /health/ready answers 200 and so does its status request; the event spec passes',
    () => {
      run('jest/bin/jest.js', ['-c', 'libs/sample/service/jest.config.cjs', '--ci']);
      run('jest/bin/jest.js', ['-c', 'libs/contracts/jest.config.cjs', '--ci', 'libs/contracts/src/sample']);
    },
    3 * MINUTES,
  );
});

describe('service generator refusals', () => {
  const tree = createTreeWithEmptyWorkspace();
  tree.write('apps/registry/project.json', JSON.stringify({ name: 'registry', metadata: { port: 3001 } }));

  it('refuses a name that cannot be a schema and NATS user, a service that exists and a port taken', async () => {
    await expect(serviceGenerator(tree, { name: 'sample-service' })).rejects.toThrow(
      /lower-case letters only/,
    );
    await expect(serviceGenerator(tree, { name: 'registry' })).rejects.toThrow(
      /apps\/registry exists already/,
    );
    await expect(serviceGenerator(tree, { name: 'sample', port: 3001 })).rejects.toThrow(
      /Port 3001 is another app's/,
    );
  });
});
