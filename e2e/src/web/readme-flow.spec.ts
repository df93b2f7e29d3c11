import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { StartedPlatform } from '../support/started-platform';

const ROOT = resolve(__dirname, '../../..');
const run = promisify(execFile);

/** One curl of the README's block, as the wrapper below recorded it. */
interface Exchange {
  args: string[];
  status: number;
  body: string;
}

/** The bash blocks of README.md between `<!-- readme-flow:start -->` and `<!-- readme-flow:end -->`. */
function readmeFlow(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const marked = /<!-- readme-flow:start -->([\s\S]*?)<!-- readme-flow:end -->/.exec(readme)?.[1];
  if (!marked) throw new Error('README.md has no readme-flow markers');
  return [...marked.matchAll(/```bash\n([\s\S]*?)```/g)].map((block) => block[1]).join('\n');
}

/**
 * Every curl keeps its answer as it runs: arguments, status (the last of `-D`'s header blocks) and body,
 * numbered in order; the output the block shows is unchanged, and so is curl's exit status (for `until`).
 */
const RECORDING_CURL = `
curl() {
  local n=$(( $(cat "$RECORD/count" 2>/dev/null || echo 0) + 1 ))
  echo "$n" > "$RECORD/count"
  printf '%s\\0' "$@" > "$RECORD/$n.args"
  command curl -D "$RECORD/$n.headers" "$@" | tee "$RECORD/$n.body"
  return "\${PIPESTATUS[0]}"
}
`;

function exchanges(record: string): Exchange[] {
  const count = Number(readFileSync(join(record, 'count'), 'utf8'));
  return Array.from({ length: count }, (_, index) => {
    const file = (suffix: string) => join(record, `${index + 1}.${suffix}`);
    const statuses = [...readFileSync(file('headers'), 'utf8').matchAll(/^HTTP\/[\d.]+ (\d{3})/gm)];
    return {
      args: readFileSync(file('args'), 'utf8').split('\0').slice(0, -1),
      status: Number(statuses.at(-1)?.[1]),
      body: readdirSync(record).includes(`${index + 1}.body`) ? readFileSync(file('body'), 'utf8') : '',
    };
  });
}

describe("the README's curl flow, run as written against the platform as npm start runs it", () => {
  let platform: StartedPlatform;
  let work: string;
  let calls: Exchange[];
  let output: string;

  beforeAll(async () => {
    platform = await StartedPlatform.start();
    // A directory of its own (the block writes template.xlsx), seeing the repository's docs/ as the root does.
    work = mkdtempSync(join(tmpdir(), 'orbita-readme-'));
    symlinkSync(join(ROOT, 'docs'), join(work, 'docs'));
    const record = join(work, 'record');
    mkdirSync(record);
    ({ stdout: output } = await run('bash', ['-c', `set -u\n${RECORDING_CURL}\n${readmeFlow()}`], {
      cwd: work,
      env: { ...process.env, BASE: platform.baseUrl, DEMO_PASSWORD: platform.demoPassword, RECORD: record },
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    }));
    calls = exchanges(record);
  }, 12 * 60_000);

  afterAll(async () => {
    await platform?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  /** The answers to the curls whose URL (without the base) starts with `path`, in order. */
  const to = (path: string, method = 'GET') =>
    calls.filter(({ args }) => {
      const url = args.find((arg) => arg.startsWith(platform.baseUrl)) ?? '';
      const sent = args.includes('-X')
        ? args[args.indexOf('-X') + 1]
        : args.some((arg) => ['-d', '-F'].includes(arg))
          ? 'POST'
          : 'GET';
      return url.slice(platform.baseUrl.length).startsWith(path) && sent === method;
    });

  it('made the first admin on this first start with a password it showed once, and no default one', async () => {
    const log = stripVTControlCharacters(readFileSync(platform.logFile, 'utf8'));
    const shown = [...log.matchAll(/First admin\s+admin@orbita\.local \/ (\S+)/g)].map((match) => match[1]);
    expect(shown).toHaveLength(1);
    const login = (password: string) =>
      fetch(`${platform.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@orbita.local', password }),
      }).then((response) => response.status);
    expect(await login(shown[0])).toBe(200);
    expect(await login('orbita-admin-dev')).toBe(401);
  });

  it('signs both demo people in with the platform’s demo password', () => {
    const logins = to('/api/v1/auth/login', 'POST');
    expect(logins.map((login) => login.status)).toEqual([200, 200]);
  });

  it('uploads the example protocol (201, submitted) and the region accepts it', () => {
    const [upload] = to('/api/v1/protocols', 'POST');
    expect(upload.status).toBe(201);
    expect(JSON.parse(upload.body)).toMatchObject({ protocol: { status: 'submitted' } });
    const [accept] = to(`/api/v1/protocols/${JSON.parse(upload.body).protocol.id}/accept`, 'POST');
    expect(accept.status).toBe(200);
    expect(output).toContain('"status":"submitted"');
  });

  it('reaches the school’s analytics: the 25 participants of the example file', () => {
    const analytics = to('/api/v1/analytics/works/').at(-1);
    expect(analytics?.status).toBe(200);
    expect(JSON.parse(analytics?.body ?? '{}')).toMatchObject({ figures: { participants: 25 } });
  });

  it('shows the regional coordinator a feed that is not empty, the completeness board and the programme table', () => {
    const [feed] = to('/api/v1/notifications');
    expect(feed.status).toBe(200);
    expect(JSON.parse(feed.body).items.length).toBeGreaterThan(0);
    expect(to('/api/v1/completeness/works/').map((call) => call.status)).toEqual([200]);
    expect(to('/api/v1/reports/programme-table').map((call) => call.status)).toEqual([200]);
  });
});
