// The gate as `npm test` runs it, on small documents (rendering the real one is the gate's own step).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'api-gate-spec-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const ok = { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } };
const documentWith = (paths: Record<string, unknown>) => ({
  openapi: '3.0.0',
  paths,
  components: { schemas: {} },
});

function write(name: string, document: object): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, JSON.stringify(document));
  return file;
}

function gate(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['tools/scripts/run-ts.cjs', 'tools/openapi/api-gate.ts', ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('api-gate', () => {
  const baseline = write('baseline.json', documentWith({ '/things': { get: { responses: { '200': ok } } } }));

  it('passes a document that only grew, listing what it gained', () => {
    const grown = write(
      'grown.json',
      documentWith({ '/things': { get: { responses: { '200': ok } }, post: { responses: { '201': ok } } } }),
    );
    const { status, output } = gate('--baseline', baseline, '--document', grown);
    expect(output).toContain('+ paths["/things"].post: new operation POST /things');
    expect(output).toContain('No breaking change');
    expect(status).toBe(0);
  });

  it('fails on a breaking change, naming it with its JSON path', () => {
    const shrunk = write('shrunk.json', documentWith({}));
    const { status, output } = gate('--baseline', baseline, '--document', shrunk);
    expect(output).toContain('! paths["/things"].get: operation GET /things removed');
    expect(status).toBe(1);
  });

  it('--accept makes the document the baseline', () => {
    const accepted = path.join(folder, 'accepted.json');
    fs.copyFileSync(baseline, accepted);
    const shrunk = write('next.json', documentWith({}));
    expect(gate('--accept', '--baseline', accepted, '--document', shrunk).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(accepted, 'utf8'))).toEqual(documentWith({}));
    expect(gate('--baseline', accepted, '--document', shrunk).status).toBe(0);
  });

  it('fails with one line when the document cannot be read', () => {
    const { status, output } = gate('--baseline', baseline, '--document', path.join(folder, 'missing.json'));
    expect(output).toMatch(/^API gate: .*missing\.json/m);
    expect(status).toBe(1);
  });
});
