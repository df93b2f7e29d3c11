import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  demoRegionRoster,
  seededRandom,
  type OneRosterRecord,
  type RosterCollection,
  type RosterData,
} from './demo-region';

export const SIMULATOR_BASE_PATH = '/ims/oneroster/rostering/v1p2';
export const SIMULATOR_TOKEN_PATH = '/oauth/token';

/** Faults a test or the control endpoint switches on; all off by default. */
export interface SimulatorFaults {
  /** Every data page waits this long before answering. */
  pageDelayMs?: number;
  /** Every `every`-th data request is answered 429 with `Retry-After: retryAfterSeconds`. */
  rateLimit?: { every: number; retryAfterSeconds: number };
  /** After every `every` data requests, the next `length` are answered 503. */
  serverErrors?: { every: number; length: number };
  /**
   * Once `afterPages` pages of a listing have been served, `count` users change (a new surname) and as many
   * new students appear with ids sorting among the pages already served: offset paging sees the listing move.
   */
  changeWhilePaging?: { afterPages: number; count: number };
}

export interface SimulatorOptions {
  clientId: string;
  clientSecret: string;
  seed?: number;
  tokenTtlSeconds?: number;
  /** The largest `limit` honoured (the platform's own cap). */
  maxPageSize?: number;
  faults?: SimulatorFaults;
  roster?: RosterData;
}

/** What the simulator answered, for tests to assert on. */
export interface SimulatorCounters {
  tokens: number;
  pages: number;
  rateLimited: number;
  serverErrors: number;
  unauthorized: number;
}

const COLLECTIONS: readonly RosterCollection[] = ['orgs', 'users', 'classes', 'enrollments'];

/**
 * A Sirius.Schools stand-in speaking OneRoster 1.2 REST (`/ims/oneroster/rostering/v1p2/{orgs,users,classes,
 * enrollments}`, `limit`/`offset`, `filter=dateLastModified>'…'`, X-Total-Count) behind OAuth 2 client
 * credentials (`POST /oauth/token`). Deterministic: records come from a seed, changes from a seeded generator.
 * `POST /control/faults` and `POST /control/changes` switch faults and make changes on a running one; they ask for
 * no credentials, so the simulator listens on 127.0.0.1 unless told otherwise (a development tool, never deployed).
 */
export class SiriusSimulator {
  readonly roster: RosterData;
  private currentFaults: SimulatorFaults;
  readonly counters: SimulatorCounters = {
    tokens: 0,
    pages: 0,
    rateLimited: 0,
    serverErrors: 0,
    unauthorized: 0,
  };
  private readonly tokens = new Map<string, number>();
  private readonly random: () => number;
  private dataRequests = 0;
  private burstLeft = 0;
  private changedWhilePaging = false;
  private server: Server | null = null;
  private lastModified = 0;
  private readonly sorted = new Map<
    RosterCollection,
    { source: OneRosterRecord[]; length: number; records: OneRosterRecord[] }
  >();

  constructor(private readonly options: SimulatorOptions) {
    this.roster = options.roster ?? demoRegionRoster(options.seed ?? 0);
    this.currentFaults = { ...options.faults };
    this.random = seededRandom((options.seed ?? 0) + 1);
  }

  get faults(): SimulatorFaults {
    return this.currentFaults;
  }

  /** New faults count their requests from zero: `every: 3` fails the third request from now. */
  set faults(faults: SimulatorFaults) {
    this.currentFaults = { ...faults };
    this.dataRequests = 0;
    this.burstLeft = 0;
    this.changedWhilePaging = false;
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    const server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) json(response, 500, { imsx_description: (error as Error).message });
        else response.destroy();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
    this.server = server;
    const address = server.address() as AddressInfo;
    return `http://${host}:${address.port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** A fresh modification time, strictly after every earlier one (deltas compare with `>`). */
  private modifiedNow(): string {
    this.lastModified = Math.max(Date.now(), this.lastModified + 1);
    return new Date(this.lastModified).toISOString();
  }

  /** `count` students (chosen by the seed) marked `tobedeleted`, with their enrollments. */
  markDeleted(count: number): string[] {
    const students = this.roster.users.filter((user) => user.status === 'active' && isStudent(user));
    const chosen = this.choose(students, count);
    for (const user of chosen) {
      Object.assign(user, { status: 'tobedeleted', dateLastModified: this.modifiedNow() });
      for (const enrollment of this.roster.enrollments)
        if ((enrollment['user'] as { sourcedId: string }).sourcedId === user.sourcedId)
          Object.assign(enrollment, { status: 'tobedeleted', dateLastModified: this.modifiedNow() });
    }
    return chosen.map((user) => user.sourcedId);
  }

  /** `count` people registered twice: a second account with the same names, birth date and school. */
  duplicatePeople(count: number): string[] {
    const people = this.choose(
      this.roster.users.filter((user) => user.status === 'active' && isStudent(user)),
      count,
    );
    const added = people.map((user) => ({
      ...structuredClone(user),
      sourcedId: `${user.sourcedId}-dup`,
      dateLastModified: this.modifiedNow(),
    }));
    this.roster.users.push(...added);
    return added.map((user) => user.sourcedId);
  }

  renameSchool(sourcedId: string, name: string): void {
    const org = this.roster.orgs.find((item) => item.sourcedId === sourcedId);
    if (!org) throw new Error(`no org ${sourcedId}`);
    Object.assign(org, { name, dateLastModified: this.modifiedNow() });
  }

  /** Users whose surname changes (a correction on the platform); returns their ids. */
  changeSurnames(count: number): string[] {
    const chosen = this.choose(
      this.roster.users.filter((user) => user.status === 'active'),
      count,
    );
    for (const user of chosen)
      Object.assign(user, {
        familyName: `${String(user['familyName'])}-Новикова`,
        dateLastModified: this.modifiedNow(),
      });
    return chosen.map((user) => user.sourcedId);
  }

  /** New students in an existing class, with ids that sort first in the listing. */
  addStudents(count: number): string[] {
    const template = this.roster.users.find((user) => isStudent(user));
    const enrollment = this.roster.enrollments.find((item) => item['role'] === 'student');
    if (!template || !enrollment) return [];
    const ids: string[] = [];
    for (let n = 0; n < count; n += 1) {
      const id = `user-s0000-new${String(this.roster.users.length + n).padStart(4, '0')}`;
      const modified = this.modifiedNow();
      this.roster.users.push({ ...structuredClone(template), sourcedId: id, dateLastModified: modified });
      this.roster.enrollments.push({
        ...structuredClone(enrollment),
        sourcedId: `enr-new-${id}`,
        user: { sourcedId: id, type: 'user', href: '' },
        dateLastModified: modified,
      });
      ids.push(id);
    }
    return ids;
  }

  private choose(records: OneRosterRecord[], count: number): OneRosterRecord[] {
    const pool = [...records];
    const chosen: OneRosterRecord[] = [];
    while (chosen.length < count && pool.length)
      chosen.push(...pool.splice(Math.floor(this.random() * pool.length), 1));
    return chosen;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://simulator');
    if (url.pathname === '/health/live' || url.pathname === '/health/ready')
      return json(response, 200, { status: 'ok' });
    if (request.method === 'POST' && url.pathname === SIMULATOR_TOKEN_PATH)
      return this.token(request, response);
    if (request.method === 'POST' && url.pathname === '/control/faults') {
      this.faults = (await readJson(request)) as SimulatorFaults;
      return json(response, 200, this.faults);
    }
    if (request.method === 'POST' && url.pathname === '/control/changes')
      return this.changes(request, response);
    const collection = url.pathname.startsWith(`${SIMULATOR_BASE_PATH}/`)
      ? (url.pathname.slice(SIMULATOR_BASE_PATH.length + 1) as RosterCollection)
      : null;
    if (request.method !== 'GET' || !collection || !COLLECTIONS.includes(collection))
      return json(response, 404, { imsx_codeMajor: 'failure', imsx_description: 'not found' });
    if (!this.authorised(request)) {
      this.counters.unauthorized += 1;
      return json(response, 401, { imsx_codeMajor: 'failure', imsx_description: 'unauthorised' });
    }
    await this.page(collection, url, response);
  }

  private async token(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(request));
    const [id, secret] = basicCredentials(request) ?? [
      form.get('client_id') ?? '',
      form.get('client_secret') ?? '',
    ];
    if (form.get('grant_type') !== 'client_credentials')
      return json(response, 400, { error: 'unsupported_grant_type' });
    if (!same(id, this.options.clientId) || !same(secret, this.options.clientSecret))
      return json(response, 401, { error: 'invalid_client' });
    const token = randomBytes(24).toString('base64url');
    const ttl = this.options.tokenTtlSeconds ?? 3600;
    this.tokens.set(token, Date.now() + ttl * 1000);
    this.counters.tokens += 1;
    json(response, 200, { access_token: token, token_type: 'bearer', expires_in: ttl });
  }

  private authorised(request: IncomingMessage): boolean {
    const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const expires = token ? this.tokens.get(token) : undefined;
    return expires !== undefined && expires > Date.now();
  }

  private async page(collection: RosterCollection, url: URL, response: ServerResponse): Promise<void> {
    this.dataRequests += 1;
    const { rateLimit, serverErrors, pageDelayMs, changeWhilePaging } = this.faults;
    if (serverErrors && this.burstLeft === 0 && this.dataRequests % serverErrors.every === 0)
      this.burstLeft = serverErrors.length;
    if (this.burstLeft > 0) {
      this.burstLeft -= 1;
      this.counters.serverErrors += 1;
      return json(response, 503, { imsx_codeMajor: 'failure', imsx_description: 'temporarily unavailable' });
    }
    if (rateLimit && this.dataRequests % rateLimit.every === 0) {
      this.counters.rateLimited += 1;
      response.setHeader('retry-after', String(rateLimit.retryAfterSeconds));
      return json(response, 429, { imsx_codeMajor: 'failure', imsx_description: 'too many requests' });
    }
    if (pageDelayMs) await new Promise((resolve) => setTimeout(resolve, pageDelayMs));

    const limit = Math.min(
      Number(url.searchParams.get('limit') ?? 100) || 100,
      this.options.maxPageSize ?? 1000,
    );
    const offset = Number(url.searchParams.get('offset') ?? 0) || 0;
    const filter = url.searchParams.get('filter');
    let since: number | null = null;
    if (filter) {
      const match = /^dateLastModified>'([^']+)'$/.exec(filter);
      since = match ? Date.parse(match[1] ?? '') : NaN;
      if (!Number.isFinite(since))
        return json(response, 400, {
          imsx_codeMajor: 'failure',
          imsx_description: `unsupported filter ${filter}`,
        });
    }
    if (changeWhilePaging && !this.changedWhilePaging && offset >= changeWhilePaging.afterPages * limit) {
      this.changedWhilePaging = true;
      this.changeSurnames(changeWhilePaging.count);
      this.addStudents(changeWhilePaging.count);
    }
    const records = this.listing(collection).filter(
      (record) => since === null || Date.parse(record.dateLastModified) > since,
    );
    this.counters.pages += 1;
    response.setHeader('x-total-count', String(records.length));
    json(response, 200, { [collection]: records.slice(offset, offset + limit) });
  }

  /**
   * A roster's records sorted by `sourcedId`, sorted again only when records were added (a record's id never
   * changes): sorting 20,000 users for every page cost more than serving the page.
   */
  private listing(collection: RosterCollection): OneRosterRecord[] {
    const records = this.roster[collection];
    const cached = this.sorted.get(collection);
    if (cached?.source === records && cached.length === records.length) return cached.records;
    const sorted = [...records].sort((a, b) =>
      a.sourcedId < b.sourcedId ? -1 : a.sourcedId > b.sourcedId ? 1 : 0,
    );
    this.sorted.set(collection, { source: records, length: records.length, records: sorted });
    return sorted;
  }

  private async changes(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = (await readJson(request)) as {
      deleteStudents?: number;
      duplicatePeople?: number;
      renameSchool?: { sourcedId: string; name: string };
      changeSurnames?: number;
    };
    const result = {
      deleted: this.markDeleted(body.deleteStudents ?? 0),
      duplicates: this.duplicatePeople(body.duplicatePeople ?? 0),
      changed: this.changeSurnames(body.changeSurnames ?? 0),
    };
    if (body.renameSchool) this.renameSchool(body.renameSchool.sourcedId, body.renameSchool.name);
    json(response, 200, result);
  }
}

const isStudent = (user: OneRosterRecord) =>
  (user['roles'] as Array<{ role: string }>).some((role) => role.role === 'student');

function json(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const body = await readBody(request);
  return body ? JSON.parse(body) : {};
}

function basicCredentials(request: IncomingMessage): [string, string] | null {
  const encoded = /^Basic (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!encoded) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return [decodeURIComponent(decoded.slice(0, colon)), decodeURIComponent(decoded.slice(colon + 1))];
}

function same(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
