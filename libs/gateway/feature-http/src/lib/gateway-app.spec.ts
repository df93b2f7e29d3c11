import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CodedException, loadConfig } from '@orbita/observability';
import { testActorKeys } from '@orbita/testing';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { GatewayConfig } from './config/gateway-config';
import { createGatewayApp } from './gateway-app';

class Student {
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  surname!: string;

  @IsInt()
  @Min(1)
  @Max(11)
  grade!: number;
}

class EnrolStudents {
  @IsString()
  classId!: string;

  @ValidateNested({ each: true })
  @Type(() => Student)
  students!: Student[];
}

enum ProbeErrorCode {
  SCHOOL_NOT_FOUND = 'REGISTRY.SCHOOL_NOT_FOUND',
}

class SchoolNotFound extends CodedException<ProbeErrorCode> {
  constructor(id: string) {
    super(ProbeErrorCode.SCHOOL_NOT_FOUND, 404, `School ${id} does not exist`);
  }
}

@Controller('probe')
class ProbeController {
  @Post('enrolments')
  enrol(@Body() body: EnrolStudents): { count: number } {
    return { count: body.students.length };
  }

  @Get('missing-school')
  missingSchool(): never {
    throw new SchoolNotFound('42');
  }

  @Get('rpc-error')
  rpcError(): never {
    // What a service answers over NATS request/reply, thrown on by the gateway as it came.
    throw { code: 'ENROLLMENT.CLASS_FULL', status: 409, message: 'Class 7A is full' };
  }

  @Get('boom')
  boom(): never {
    throw new Error('database password is hunter2');
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

const sink = {
  lines: [] as string[],
  write(line: string) {
    this.lines.push(line);
  },
};

async function startGateway(env: Record<string, string>): Promise<NestFastifyApplication> {
  const config = loadConfig(GatewayConfig, {
    LOG_LEVEL: 'info',
    BODY_LIMIT_BYTES: '2048',
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused', // the HTTP edge alone opens no database
    JWT_SECRET: randomBytes(32).toString('hex'),
    ACTOR_SIGNING_KEY: testActorKeys().signingKey,
    ...env,
  });
  const app = await createGatewayApp(config, { logDestination: sink, resources: [ProbeModule] });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';
/** Problems speak Russian by default; these tests read the errors' own English messages. */
const ENGLISH = { 'accept-language': 'en' };

describe('gateway over Fastify, with the real NATS', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startGateway({ NATS_URL: 'nats://127.0.0.1:4222', CORS_ORIGINS: 'http://localhost:5173' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers GET /api/v1/system/info', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/system/info' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      name: 'orbita-gateway',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      uptimeSeconds: expect.any(Number),
    });
  });

  it('answers an unknown route with a 404 problem', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/nothing-here?surname=Ivanova',
      headers: { 'x-correlation-id': 'corr-404', ...ENGLISH },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe(PROBLEM_JSON);
    expect(response.headers['x-correlation-id']).toBe('corr-404');
    expect(response.json()).toEqual({
      type: 'urn:orbita:problem:ROUTE.NOT_FOUND',
      title: 'No such route',
      status: 404,
      code: 'ROUTE.NOT_FOUND',
      detail: 'No route GET /api/v1/nothing-here',
      instance: '/api/v1/nothing-here',
      correlationId: 'corr-404',
    });
  });

  it('names every invalid and unknown field of a body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/enrolments',
      headers: ENGLISH,
      payload: { classId: '7A', students: [{ surname: 'Ivanova', grade: 12 }], extra: true },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe(PROBLEM_JSON);
    const problem = response.json();
    expect(problem).toMatchObject({
      type: 'urn:orbita:problem:VALIDATION.FAILED',
      status: 400,
      code: 'VALIDATION.FAILED',
      instance: '/api/v1/probe/enrolments',
    });
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'extra', message: 'property extra should not exist' },
        { field: 'students.0.grade', message: 'grade must not be greater than 11' },
      ]),
    );
    expect(problem.detail).toBe('Invalid field(s): extra, students.0.grade');
  });

  it('accepts a valid body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/enrolments',
      payload: { classId: '7A', students: [{ surname: 'Ivanova', grade: 7 }] },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ count: 1 });
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/enrolments',
      headers: { 'content-type': 'application/json', ...ENGLISH },
      payload: '{"classId": "7A",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe(PROBLEM_JSON);
    expect(response.json()).toMatchObject({
      status: 400,
      code: 'REQUEST.MALFORMED',
      title: 'Malformed request',
    });
  });

  it('answers a body over BODY_LIMIT_BYTES with 413 and an unknown media type with 415', async () => {
    const large = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/enrolments',
      payload: { classId: 'x'.repeat(4096), students: [] },
    });
    expect(large.statusCode).toBe(413);
    expect(large.json()).toMatchObject({ code: 'REQUEST.TOO_LARGE' });

    const xml = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/enrolments',
      headers: { 'content-type': 'application/xml' },
      payload: '<students/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json()).toMatchObject({ code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE' });
  });

  it('maps a coded domain exception to its status and code', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/probe/missing-school', headers: ENGLISH });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe(PROBLEM_JSON);
    expect(response.json()).toMatchObject({
      type: 'urn:orbita:problem:REGISTRY.SCHOOL_NOT_FOUND',
      title: 'Not Found',
      status: 404,
      code: 'REGISTRY.SCHOOL_NOT_FOUND',
      detail: 'School 42 does not exist',
    });
  });

  it('maps a coded error received from a service as a plain object', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/probe/rpc-error', headers: ENGLISH });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'ENROLLMENT.CLASS_FULL', detail: 'Class 7A is full' });
  });

  it('answers an unexpected error with a 500 problem that hides its message', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/probe/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ status: 500, code: 'INTERNAL' });
    expect(response.body).not.toContain('hunter2');
  });

  it('sets security headers and answers CORS preflights for the allowed origins', async () => {
    const response = await app.inject({ method: 'GET', url: '/health/live' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");

    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/system/info',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:5173');

    const foreign = await app.inject({
      method: 'GET',
      url: '/api/v1/system/info',
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers /health/live, and /health/ready once connected to NATS', async () => {
    const live = await app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);

    let ready = await app.inject({ method: 'GET', url: '/health/ready' });
    for (let attempt = 0; ready.statusCode !== 200 && attempt < 50; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ready = await app.inject({ method: 'GET', url: '/health/ready' });
    }
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', info: { nats: { status: 'up' } } });
  });

  it('serves /metrics with the HTTP request duration histogram', async () => {
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('orbita_http_request_duration_seconds');
    expect(response.body).toMatch(/route="\/api\/v1\/system\/info",status="200"/);
  });

  it('serves the OpenAPI document and the Swagger UI', async () => {
    const json = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(json.statusCode).toBe(200);
    const document = json.json();
    expect(document.paths['/api/v1/system/info'].get.responses).toHaveProperty('200');
    expect(document.components.schemas).toHaveProperty('ProblemDetails');

    const ui = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
    const asset = await app.inject({ method: 'GET', url: '/api/docs/swagger-ui-init.js' });
    expect(asset.statusCode).toBe(200);
  });
});

describe('gateway without NATS', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await startGateway({ NATS_URL: `nats://127.0.0.1:${await closedPort()}` });
  });

  afterAll(async () => {
    await app.close();
  });

  it('is live but not ready, and says NATS is why', async () => {
    expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({
      status: 'error',
      error: { nats: { status: 'down', message: 'not connected to NATS yet' } },
    });
  });
});
