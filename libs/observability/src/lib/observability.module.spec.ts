import { Controller, Get, Logger, Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createTestDatabase } from '@orbita/testing';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { CORRELATION_ID_HEADER, currentCorrelationId, runWithCorrelationId } from './correlation/correlation';
import { HealthModule } from './health/health.module';
import type { ReadinessCheck } from './health/readiness-check';
import { REDACTION_CENSOR } from './logging/redaction';
import { serializeError } from './logging/serializers';
import { ObservabilityModule, useStructuredLogger } from './observability.module';

/** Collects the JSON lines pino writes. */
class LogSink {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  records(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

@Controller('probe')
class ProbeController {
  constructor(@InjectPinoLogger('Probe') private readonly logger: PinoLogger) {}

  @Get()
  probe(): { correlationId: string | undefined } {
    this.logger.info(
      { student: { surname: 'Ivanova', firstName: 'Maria', grade: 7 }, email: 'maria@example.test' },
      'probe handled',
    );
    return { correlationId: currentCorrelationId() };
  }
}

const sink = new LogSink();

function testModule(checks: ReadinessCheck[]): DynamicModule {
  @Module({})
  class TestModule {}
  return {
    module: TestModule,
    imports: [
      ObservabilityModule.forRoot({
        serviceName: 'observability-test',
        level: 'debug',
        logDestination: sink,
      }),
      HealthModule.forRoot({ checks }),
    ],
    controllers: [ProbeController],
  };
}

async function createApp(checks: ReadinessCheck[]): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(testModule(checks), new FastifyAdapter(), {
    bufferLogs: true,
    abortOnError: false,
  });
  useStructuredLogger(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

describe('ObservabilityModule on Fastify', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createApp([{ name: 'always', check: async () => undefined }]);
  });

  afterAll(async () => {
    await app.close();
  });

  it('echoes the caller’s correlation id and makes it current in the handler and in every log line', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/probe',
      headers: { [CORRELATION_ID_HEADER]: 'corr-123', authorization: 'Bearer secret-token' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers[CORRELATION_ID_HEADER]).toBe('corr-123');
    expect(response.json()).toEqual({ correlationId: 'corr-123' });

    const records = sink.records().filter((record) => record['correlationId'] === 'corr-123');
    expect(records.map((record) => record['msg'])).toEqual(['probe handled', 'request completed']);
    for (const record of records) {
      expect(record).toMatchObject({ service: 'observability-test', level: 'info' });
    }
  });

  it('generates a correlation id when the caller sends none or an unacceptable one', async () => {
    const plain = await app.inject({ method: 'GET', url: '/probe' });
    expect(plain.headers[CORRELATION_ID_HEADER]).toMatch(/^[0-9a-f-]{36}$/);
    expect(plain.json()).toEqual({ correlationId: plain.headers[CORRELATION_ID_HEADER] });

    const hostile = await app.inject({
      method: 'GET',
      url: '/probe',
      headers: { [CORRELATION_ID_HEADER]: 'x\n{"level":"fatal"}' },
    });
    expect(hostile.headers[CORRELATION_ID_HEADER]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts the correlation id of a message being handled in its log lines, once', () => {
    runWithCorrelationId('msg-7', () => new Logger('Consumer').log('event applied'));
    const lines = sink.lines.filter((line) => line.includes('event applied'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ correlationId: 'msg-7', context: 'Consumer' });
    const httpLine = sink.lines.find((line) => line.includes('"msg":"probe handled"'))!;
    expect(httpLine.match(/"correlationId"/g)).toHaveLength(1);
  });

  it('puts a correlation id on unmatched routes too', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/nowhere',
      headers: { [CORRELATION_ID_HEADER]: 'corr-404' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers[CORRELATION_ID_HEADER]).toBe('corr-404');
  });

  it('redacts personal fields and credentials from log lines', async () => {
    await app.inject({
      method: 'GET',
      url: '/probe',
      headers: {
        [CORRELATION_ID_HEADER]: 'corr-redact',
        authorization: 'Bearer secret-token',
        cookie: 'sid=abc',
      },
    });
    const lines = sink.lines.filter((line) => line.includes('corr-redact'));
    expect(lines).toHaveLength(2);
    const text = lines.join('\n');
    for (const secret of ['Ivanova', 'Maria', 'maria@example.test', 'secret-token', 'sid=abc']) {
      expect(text).not.toContain(secret);
    }
    const [handled, completed] = lines.map((line) => JSON.parse(line));
    expect(handled.student).toEqual({ surname: REDACTION_CENSOR, firstName: REDACTION_CENSOR, grade: 7 });
    expect(handled.email).toBe(REDACTION_CENSOR);
    expect(completed.req.headers.authorization).toBe(REDACTION_CENSOR);
    expect(completed.req.headers.cookie).toBe(REDACTION_CENSOR);
  });

  it('logs the path of a request without its query string, where a search puts a surname', async () => {
    const search = encodeURIComponent('Иванова');
    await app.inject({
      method: 'GET',
      url: `/probe?q=${search}&page=2`,
      headers: {
        [CORRELATION_ID_HEADER]: 'corr-query',
        referer: `http://localhost:3000/students?q=${search}`,
      },
    });
    const lines = sink.lines.filter((line) => line.includes('corr-query'));
    const text = lines.join('\n');
    for (const trace of ['Иванова', search, 'q=']) expect(text).not.toContain(trace);
    const completed = lines
      .map((line) => JSON.parse(line))
      .find((record) => record.msg === 'request completed');
    expect(completed.req).toMatchObject({
      method: 'GET',
      url: '/probe',
      headers: { referer: REDACTION_CENSOR },
    });
    expect(completed.req).not.toHaveProperty('query');
  });

  it('logs a failed insert without its parameters or the failing row', async () => {
    const database = await createTestDatabase();
    const dataSource = new DataSource({ type: 'postgres', url: database.url });
    let failure: unknown;
    try {
      await dataSource.initialize();
      await dataSource.query(
        'CREATE TABLE pupils (surname text NOT NULL, birth_date date NOT NULL, grade int CHECK (grade > 0))',
      );
      await dataSource.query('INSERT INTO pupils VALUES ($1, $2, $3)', ['Иванова', '2010-05-07', -7]);
    } catch (error) {
      failure = error;
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
    // What PostgreSQL tells: the row, which must stay out of the log.
    expect(failure).toMatchObject({
      detail: expect.stringContaining('Иванова'),
      parameters: ['Иванова', '2010-05-07', -7],
    });

    new Logger('Store').error(failure);
    const plain = new LogSink();
    pino({ serializers: { err: serializeError } }, plain).error({ err: failure }, 'request handler failed');
    const logged = [sink.lines.find((line) => line.includes('pupils_grade_check')), plain.lines[0]];
    for (const line of logged) {
      expect(line).toContain('violates check constraint \\"pupils_grade_check\\"');
      for (const value of ['Иванова', '2010-05-07', '-7', 'Failing row', 'INSERT INTO'])
        expect(line).not.toContain(value);
    }
  });

  it('serves Prometheus metrics with the HTTP request duration by route and status', async () => {
    await app.inject({ method: 'GET', url: '/probe' });
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('# TYPE orbita_http_request_duration_seconds histogram');
    expect(response.body).toMatch(
      /orbita_http_request_duration_seconds_count\{method="GET",route="\/probe",status="200"\} \d+/,
    );
    expect(response.body).toMatch(
      /orbita_http_request_duration_seconds_count\{[^}]*route="UNMATCHED",status="404"\}/,
    );
    expect(response.body).toContain('orbita_process_cpu_seconds_total');
  });

  it('answers liveness and readiness', async () => {
    const live = await app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });

    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', info: { always: { status: 'up' } } });
  });
});

describe('HealthModule with a failing check', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createApp([
      { name: 'database', check: async () => undefined },
      {
        name: 'nats',
        check: async () => {
          throw new Error('connection refused');
        },
      },
      // Never answers (and holds no timer that would outlive the test).
      { name: 'slow', check: () => new Promise<void>(() => undefined), timeoutMs: 50 },
    ]);
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers 503 naming the checks that failed and why', async () => {
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({
      status: 'error',
      info: { database: { status: 'up' } },
      error: {
        nats: { status: 'down', message: 'connection refused' },
        slow: { status: 'down', message: 'timeout of 50ms exceeded' },
      },
    });
    const live = await app.inject({ method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
  });
});
