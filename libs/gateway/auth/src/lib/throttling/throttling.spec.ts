import { Controller, Get, Module } from '@nestjs/common';
import { createTestDatabase, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { Authenticated, ThrottleExpensive } from '../decorators';
import { authHeader, startAuthTestGateway, type TestGateway } from '../../testing';

@Controller('reports')
@Authenticated()
class ReportsProbeController {
  @Get('generate')
  @ThrottleExpensive()
  generate(): { ok: true } {
    return { ok: true };
  }

  @Get('cheap')
  cheap(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [ReportsProbeController] })
class ReportsProbeModule {}

describe('rate limits', () => {
  let database: TestDatabase;
  let gateway: TestGateway;

  beforeAll(async () => {
    database = await createTestDatabase();
    gateway = await startAuthTestGateway({
      databaseUrl: database.url,
      subjectPrefix: uniqueRunId(),
      resources: [ReportsProbeModule],
      LOGIN_RATE_LIMIT: 5,
      EXPENSIVE_RATE_LIMIT: 2,
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await database?.drop();
  });

  const login = (email: string, password: string) =>
    gateway.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

  it('allows 5 login attempts a minute per address and e-mail, then answers 429 with Retry-After', async () => {
    const account = await gateway.createAccount({ role: 'teacher' });
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await login(account.email, 'a-wrong-guess')).statusCode).toBe(401);
    }
    const limited = await login(account.email.toUpperCase(), account.password);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.json()).toMatchObject({
      status: 429,
      code: 'REQUEST.RATE_LIMITED',
      title: 'Слишком много запросов',
    });

    // Another account from the same address is not locked out by these guesses.
    const other = await gateway.createAccount({ role: 'teacher' });
    expect((await login(other.email, other.password)).statusCode).toBe(200);
  });

  it('limits a route marked @ThrottleExpensive() per account, and no other route', async () => {
    const first = await gateway.tokenFor('observer');
    const second = await gateway.tokenFor('observer');
    const generate = (token: string) =>
      gateway.app.inject({ method: 'GET', url: '/api/v1/reports/generate', headers: authHeader(token) });

    expect((await generate(first)).statusCode).toBe(200);
    expect((await generate(first)).statusCode).toBe(200);
    const limited = await generate(first);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await generate(second)).statusCode).toBe(200);
    for (let call = 0; call < 5; call++) {
      const cheap = await gateway.app.inject({
        method: 'GET',
        url: '/api/v1/reports/cheap',
        headers: authHeader(first),
      });
      expect(cheap.statusCode).toBe(200);
    }
  });
});
