import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '@orbita/gateway/feature-http';
import { createTestDatabase, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authHeader, startTestGateway, type TestGateway } from '../testing';

/**
 * Input that once answered 500 (issue 11, item 9), sent to every operation of the gateway's OpenAPI
 * document it applies to: each must answer a 4xx problem+json that names the field. No service runs,
 * so an input that got past the gateway's checks would answer 503/504 and fail the test as well.
 */
const PROBLEM_JSON = /^application\/problem\+json/;
const ANY_UUID = '0b8a3c9e-4d2f-4a6b-8c1e-3f5a7b9d1e2c';

type PathItem = OpenAPIObject['paths'][string];
type OperationObject = NonNullable<PathItem['get']>;
interface ParameterObject {
  readonly name: string;
  readonly in: string;
  readonly schema?: unknown;
}

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly operation: OperationObject;
}

function operationsOf(document: OpenAPIObject): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]: [string, PathItem]) =>
    (['get', 'post', 'put', 'patch', 'delete'] as const)
      .filter((method) => item[method] !== undefined)
      .map((method) => ({ method: method.toUpperCase(), path, operation: item[method] as OperationObject })),
  );
}

const parametersOf = (operation: OperationObject, where: 'path' | 'query'): ParameterObject[] =>
  ((operation.parameters ?? []) as ParameterObject[]).filter((parameter) => parameter.in === where);

/** The operation's path with every path parameter filled in (`values`, else a valid uuid, 1 for versions). */
function urlOf({ path, operation }: Operation, values: Record<string, string> = {}): string {
  let url = path;
  for (const parameter of parametersOf(operation, 'path')) {
    const fallback = parameter.name === 'version' ? '1' : ANY_UUID;
    url = url.replace(`{${parameter.name}}`, encodeURIComponent(values[parameter.name] ?? fallback));
  }
  return url;
}

describe('hostile input answers 4xx problem+json naming the field, never 500', () => {
  let database: TestDatabase;
  let gateway: TestGateway;
  let headers: Record<string, string>;
  let operations: Operation[];

  beforeAll(async () => {
    database = await createTestDatabase();
    gateway = await startTestGateway({ databaseUrl: database.url, subjectPrefix: uniqueRunId() });
    headers = authHeader(await gateway.tokenFor('admin'));
    operations = operationsOf(buildOpenApiDocument(gateway.app));
  });

  afterAll(async () => {
    await gateway?.close();
    await database?.drop();
  });

  const lists = () =>
    operations.filter(
      (op) => op.method === 'GET' && parametersOf(op.operation, 'query').some((p) => p.name === 'page'),
    );

  async function expectFieldProblem(
    request: { method: string; url: string; payload?: unknown; headers?: Record<string, string> },
    field: string,
  ): Promise<void> {
    const response = await gateway.app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: { ...headers, ...request.headers },
      ...(request.payload !== undefined && { payload: request.payload as string }),
    });
    const label = `${request.method} ${request.url.slice(0, 120)}`;
    expect({ label, status: response.statusCode }).toEqual({ label, status: 400 });
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    const problem = response.json<{ errors?: { field: string }[] }>();
    expect({ label, fields: problem.errors?.map((error) => error.field) }).toEqual({
      label,
      fields: expect.arrayContaining([field]),
    });
  }

  it('finds the lists in the document', () => {
    expect(lists().length).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ['page', '1e21'],
    ['page', '9007199254740993'],
    ['pageSize', '1e21'],
    ['sort', 'name;drop'],
    ['q', 'Ива\u0000нова'],
    ['q', 'Ива\u202Eнова'],
    ['from', '99999-12-31'],
    ['to', '0000-00-00'],
  ])('%s=%j on every list', async (name, value) => {
    // A list without `q` refuses it as an unknown parameter, which names it too.
    for (const list of lists()) {
      await expectFieldProblem({ method: 'GET', url: `${urlOf(list)}?${name}=${encodeURIComponent(value)}` }, name);
    }
  });

  it('1e21 in every numeric query parameter of every operation', async () => {
    let checked = 0;
    for (const op of operations.filter((candidate) => candidate.method === 'GET')) {
      for (const parameter of parametersOf(op.operation, 'query')) {
        const type = (parameter.schema as { type?: string } | undefined)?.type;
        if (type !== 'integer' && type !== 'number') continue;
        await expectFieldProblem({ method: 'GET', url: `${urlOf(op)}?${parameter.name}=1e21` }, parameter.name);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it.each(['1e21', '99999999999', '-1', '1.5'])('version %s in a path', async (version) => {
    for (const op of operations.filter((candidate) => parametersOf(candidate.operation, 'path').some((p) => p.name === 'version'))) {
      await expectFieldProblem({ method: op.method, url: urlOf(op, { version }) }, 'version');
    }
  });

  it('a path id that is no uuid, on every operation that takes one', async () => {
    for (const op of operations) {
      for (const parameter of parametersOf(op.operation, 'path')) {
        if (parameter.name === 'version') continue;
        await expectFieldProblem({ method: op.method, url: urlOf(op, { [parameter.name]: 'not-a-uuid' }) }, parameter.name);
      }
    }
  });

  /** Operations whose body is JSON. */
  const jsonBodies = () =>
    operations.filter((op) => {
      const body = op.operation.requestBody as { content?: Record<string, unknown> } | undefined;
      return body?.content?.['application/json'] !== undefined;
    });

  it('JSON nested 5,000 levels deep, on every operation with a JSON body', async () => {
    expect(jsonBodies().length).toBeGreaterThan(20);
    const deep = `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    for (const op of jsonBodies()) {
      const response = await gateway.app.inject({
        method: op.method as 'POST',
        url: urlOf(op),
        headers: { ...headers, 'content-type': 'application/json' },
        payload: deep,
      });
      const label = `${op.method} ${op.path}`;
      expect({ label, status: response.statusCode }).toEqual({ label, status: 400 });
      expect(response.json()).toMatchObject({ code: 'REQUEST.MALFORMED', errors: [{ field: 'a' }] });
    }
  });

  it.each(['null', '[]', '"text"', '42', 'true', '[{"surname": "Иванова"}]'])(
    'a JSON body that is %s, on every operation with a JSON body',
    async (payload) => {
      // Not the session's own routes: their body is optional (and logging out would end this test's session).
      for (const op of jsonBodies().filter((candidate) => !candidate.path.startsWith('/api/v1/auth/'))) {
        const response = await gateway.app.inject({
          method: op.method as 'POST',
          url: urlOf(op),
          headers: { ...headers, 'content-type': 'application/json' },
          payload,
        });
        const label = `${op.method} ${op.path}`;
        expect({ label, status: response.statusCode }).toEqual({ label, status: 400 });
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      }
    },
  );

  const validStudent = { surname: 'Иванова', name: 'Анна', birthDate: '2012-02-02' };
  const validClass = {
    programmeCode: 'sirius_partner_schools',
    schoolYear: 2025,
    grade: 7,
    label: '7А',
    profileSubjects: ['math'],
    delivery: 'in_person',
    teachers: [],
  };

  it.each([
    ['/api/v1/students', validStudent],
    ['/api/v1/classes', validClass],
    ['/api/v1/enrollment-orders', { number: '12-к', date: '2025-09-01' }],
  ])('"schoolId": null on POST %s', async (url, body) => {
    await expectFieldProblem({ method: 'POST', url, payload: { ...body, schoolId: null } }, 'schoolId');
  });

  it.each([
    ['a NUL', 'surname', 'Ива\u0000нова'],
    ['a control character', 'surname', 'Ива\u0007нова'],
    ['a right-to-left override', 'name', 'Ан\u202Eна'],
    ['a zero-width space', 'name', 'Ан\u200Bна'],
    ['a zero-width joiner', 'patronymic', 'Серге\u200Dевна'],
    ['a lone surrogate', 'surname', 'Ива\uD800нова'],
    ['a byte order mark', 'parentContact', '+7 3822\uFEFF 123-456'],
  ])('a student name with %s', async (_what, field, value) => {
    await expectFieldProblem(
      { method: 'POST', url: '/api/v1/students', payload: { ...validStudent, [field]: value } },
      field,
    );
  });

  it.each(['0340-01-01', '2099-01-01', '2012-02-30', `${new Date().getUTCFullYear() - 2}-01-01`])(
    'a student born %s',
    async (birthDate) => {
      await expectFieldProblem(
        { method: 'POST', url: '/api/v1/students', payload: { ...validStudent, birthDate } },
        'birthDate',
      );
    },
  );

  it('a person, a municipality and an account with a hidden character in the name', async () => {
    await expectFieldProblem(
      {
        method: 'POST',
        url: '/api/v1/people',
        payload: { organisationId: ANY_UUID, surname: 'Петров\u2066', name: 'Пётр', roles: ['teacher'] },
      },
      'surname',
    );
    await expectFieldProblem(
      { method: 'POST', url: '/api/v1/municipalities', payload: { name: 'Томск\u0000', kind: 'urban_okrug' } },
      'name',
    );
    await expectFieldProblem(
      {
        method: 'POST',
        url: '/api/v1/accounts',
        payload: { email: 'rtl@test.orbita.local', displayName: 'Петров\u202EП.', role: 'observer', password: 'a-long-enough-password-1' },
      },
      'displayName',
    );
  });
});

describe('the HTTP edge answers problem+json for what never reaches a route', () => {
  let database: TestDatabase;
  let gateway: TestGateway;
  let headers: Record<string, string>;
  let webRoot: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    // With a built web UI, whose fallback route takes every GET: unknown API paths must stay 404s.
    webRoot = await mkdtemp(join(tmpdir(), 'orbita-web-'));
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Орбита</title>');
    gateway = await startTestGateway({ databaseUrl: database.url, subjectPrefix: uniqueRunId(), WEB_ROOT: webRoot });
    headers = authHeader(await gateway.tokenFor('admin'));
  });

  afterAll(async () => {
    await gateway?.close();
    await database?.drop();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('answers a method a path does not serve with 405 and Allow', async () => {
    const response = await gateway.app.inject({ method: 'DELETE', url: '/api/v1/schools', headers });
    expect(response.statusCode).toBe(405);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.headers['allow']).toBe('GET, HEAD, POST');
    expect(response.json()).toMatchObject({ code: 'ROUTE.METHOD_NOT_ALLOWED', status: 405 });
    const put = await gateway.app.inject({ method: 'PUT', url: `/api/v1/schools/${ANY_UUID}`, headers });
    expect(put.statusCode).toBe(405);
    expect(put.headers['allow']).toContain('PATCH');
  });

  it('answers an unknown route with the same 404 for GET and POST, signed in or not', async () => {
    for (const method of ['GET', 'POST'] as const) {
      for (const auth of [headers, {}]) {
        const response = await gateway.app.inject({ method, url: '/api/v1/nothing-here', headers: auth });
        expect({ method, status: response.statusCode, code: response.json().code }).toEqual({
          method,
          status: 404,
          code: 'ROUTE.NOT_FOUND',
        });
      }
    }
  });

  it('answers a URI over 8 KiB with 414', async () => {
    const response = await gateway.app.inject({
      method: 'GET',
      url: `/api/v1/schools?q=${'ы'.repeat(2000)}`,
      headers,
    });
    expect(response.statusCode).toBe(414);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.json()).toMatchObject({ code: 'REQUEST.URI_TOO_LONG', title: 'Слишком длинный адрес' });
  });

  it.each([
    ['broken JSON', { 'content-type': 'application/json' }, '{"name": ', 400, 'REQUEST.MALFORMED'],
    ['empty JSON', { 'content-type': 'application/json' }, '', 400, 'REQUEST.MALFORMED'],
    ['a prototype-polluting JSON', { 'content-type': 'application/json' }, '{"__proto__": {"x": 1}}', 400, undefined],
    ['XML', { 'content-type': 'application/xml' }, '<school/>', 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE'],
    ['a body over the limit', { 'content-type': 'application/json' }, `{"name":"${'x'.repeat(2_000_000)}"}`, 413, 'REQUEST.TOO_LARGE'],
  ])('answers %s with a problem', async (_what, extra, payload, status, code) => {
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/v1/municipalities',
      headers: { ...headers, ...extra },
      payload,
    });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    if (code) expect(response.json().code).toBe(code);
  });

  it('answers headers over Node’s limit with a 431 problem, before Fastify sees the request', async () => {
    await gateway.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = gateway.app.getHttpServer().address() as AddressInfo;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(`GET /api/v1/schools HTTP/1.1\r\nHost: x\r\nX-Long: ${'a'.repeat(20_000)}\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('Content-Type: application/problem+json; charset=utf-8');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 431,
      code: 'REQUEST.HEADERS_TOO_LARGE',
      title: 'Слишком большие заголовки',
    });
  });

  it('answers a path with broken percent-encoding with a 400 problem', async () => {
    const response = await gateway.app.inject({ method: 'GET', url: '/api/v1/schools/%E0%A4%A', headers });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
  });

  it('speaks Russian unless English is asked for', async () => {
    const russian = await gateway.app.inject({ method: 'GET', url: '/api/v1/schools?page=0', headers });
    expect(russian.json()).toMatchObject({ title: 'Неверные данные', detail: 'Проверьте поля: page.' });
    const english = await gateway.app.inject({
      method: 'GET',
      url: '/api/v1/schools?page=0',
      headers: { ...headers, 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(english.json()).toMatchObject({ title: 'Invalid request', detail: 'Invalid field(s): page' });
    const unauthenticated = await gateway.app.inject({ method: 'GET', url: '/api/v1/schools' });
    expect(unauthenticated.json()).toMatchObject({ status: 401, title: 'Требуется вход' });
  });

  it('documents path ids as uuids and sort as a pattern, in ECMA syntax only', () => {
    const document = buildOpenApiDocument(gateway.app);
    const operations = operationsOf(document);
    for (const op of operations) {
      for (const parameter of parametersOf(op.operation, 'path').filter((p) => p.name !== 'version')) {
        expect({ op: `${op.method} ${op.path}`, parameter: parameter.name, schema: parameter.schema }).toMatchObject({
          schema: { type: 'string', format: 'uuid' },
        });
      }
      const sort = parametersOf(op.operation, 'query').find((p) => p.name === 'sort');
      if (sort) expect({ op: op.path, pattern: (sort.schema as { pattern?: string }).pattern }).toEqual({ op: op.path, pattern: expect.stringMatching(/^\^-\?\(/) });
    }
    const patterns = [...JSON.stringify(document).matchAll(/"pattern":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    expect(patterns.length).toBeGreaterThan(15);
    for (const pattern of patterns) {
      expect(pattern).not.toMatch(/\(\?[a-z]/i);
      expect(() => new RegExp(pattern, 'u')).not.toThrow();
    }
  });
});
