import { Controller, Get, Module } from '@nestjs/common';
import { can, PERMISSIONS, ROLES, type Actor, type Permission } from '@orbita/auth';
import { createTestDatabase, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { Authenticated, CurrentActor, RequirePermission } from '../decorators';
import { AccessTokens } from '../sessions/access-tokens';
import { authHeader, startAuthTestGateway, type TestGateway } from '../../testing';

/** One probe route per permission: GET /api/v1/probe/<resource>/<action>. */
@Controller('probe')
class PermissionProbeController {}
for (const permission of PERMISSIONS) {
  const name = permission.replace(':', '_');
  const descriptor: PropertyDescriptor = {
    value: () => ({ permission }),
    writable: true,
    configurable: true,
  };
  Object.defineProperty(PermissionProbeController.prototype, name, descriptor);
  Get(permission.replace(':', '/'))(PermissionProbeController.prototype, name, descriptor);
  RequirePermission(permission as Permission)(PermissionProbeController.prototype, name, descriptor);
}

@Controller('whoami')
@Authenticated()
class WhoAmIController {
  @Get()
  whoami(@CurrentActor() actor: Actor): Actor {
    return actor;
  }
}

@Module({ controllers: [PermissionProbeController, WhoAmIController] })
class ProbeModule {}

describe('access guard', () => {
  let database: TestDatabase;
  let gateway: TestGateway;

  const sign = (
    claims: Record<string, unknown>,
    { secret = gateway.config.JWT_SECRET, expiresIn = '5m', subject = randomUUID() as string } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setIssuer('orbita-gateway')
      .setAudience('orbita-api')
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(new TextEncoder().encode(secret));

  beforeAll(async () => {
    database = await createTestDatabase();
    gateway = await startAuthTestGateway({
      databaseUrl: database.url,
      subjectPrefix: uniqueRunId(),
      resources: [ProbeModule],
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await database?.drop();
  });

  const get = (url: string, token?: string) =>
    // English: the assertions read the errors' own messages (problems are Russian by default).
    gateway.app.inject({ method: 'GET', url, headers: { 'accept-language': 'en', ...(token ? authHeader(token) : {}) } });

  it.each(ROLES)('lets a %s call exactly the routes of its permissions, 403 for the rest', async (role) => {
    const token = await gateway.tokenFor(role);
    for (const permission of PERMISSIONS) {
      const response = await get(`/api/v1/probe/${permission.replace(':', '/')}`, token);
      expect({ permission, status: response.statusCode }).toEqual({
        permission,
        status: can(role, permission) ? 200 : 403,
      });
      if (response.statusCode === 403) {
        expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        expect(response.json()).toMatchObject({
          code: 'AUTH.FORBIDDEN',
          detail: `The role ${role} does not have the permission ${permission}`,
        });
      }
    }
  });

  it('answers a route without a token with a 401 problem and WWW-Authenticate', async () => {
    const response = await get('/api/v1/probe/schools/read');
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['www-authenticate']).toBe('Bearer realm="orbita"');
    expect(response.json()).toMatchObject({
      status: 401,
      code: 'AUTH.UNAUTHENTICATED',
      type: 'urn:orbita:problem:AUTH.UNAUTHENTICATED',
    });
  });

  it('refuses an expired token', async () => {
    const expired = await sign({ role: 'admin', sid: randomUUID() }, { expiresIn: '-1m' });
    const response = await get('/api/v1/whoami', expired);
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(response.json()).toMatchObject({
      code: 'AUTH.UNAUTHENTICATED',
      detail: 'The access token has expired',
    });
  });

  it('refuses a tampered token, a token signed with another key and a token with an unknown role', async () => {
    const teacher = await gateway.tokenFor('teacher');
    const [header, payload, signature] = teacher.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const promoted = Buffer.from(JSON.stringify({ ...claims, role: 'admin', school: undefined })).toString(
      'base64url',
    );
    const tampered = `${header}.${promoted}.${signature}`;
    const foreign = await sign(
      { role: 'admin', sid: randomUUID() },
      { secret: 'another-secret-of-at-least-32-characters' },
    );
    const unknownRole = await sign({ role: 'superuser', sid: randomUUID() });
    const noneAlgorithm = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${promoted}.`;
    for (const token of [tampered, foreign, unknownRole, noneAlgorithm, 'not-a-jwt']) {
      const response = await get('/api/v1/probe/accounts/manage', token);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({
        code: 'AUTH.UNAUTHENTICATED',
        detail: 'The access token is invalid',
      });
    }
  });

  it('refuses a token signed with the development key the source once held, whatever it claims', async () => {
    const admin = await gateway.createAccount({ role: 'admin' });
    const { sessionId } = await gateway.app
      .get(AccessTokens)
      .verify(await gateway.tokenFor(admin))
      .then((claims) => ({ sessionId: claims.sessionId }));
    const forged = await sign(
      { role: 'admin', sid: sessionId },
      { secret: 'orbita-dev-only-jwt-secret-not-for-production', subject: admin.id },
    );
    for (const url of ['/api/v1/whoami', '/api/v1/probe/audit/read']) {
      const response = await get(url, forged);
      expect({ url, status: response.statusCode }).toEqual({ url, status: 401 });
    }
  });

  it('refuses a well-signed token whose session does not exist', async () => {
    const account = await gateway.createAccount({ role: 'admin' });
    const token = await sign({ role: 'admin', sid: randomUUID() }, { subject: account.id });
    const response = await get('/api/v1/whoami', token);
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(response.json()).toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
  });

  it('lets any role through an @Authenticated() route, as the actor of its token with the client address', async () => {
    const account = await gateway.createAccount({ role: 'teacher' });
    const response = await get('/api/v1/whoami', await gateway.tokenFor(account));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      userId: account.id,
      role: 'teacher',
      schoolId: account.schoolId,
      personId: null,
      ip: '127.0.0.1',
    });
  });

  it('leaves health, metrics and system info public', async () => {
    for (const url of ['/health/live', '/metrics', '/api/v1/system/info']) {
      expect((await get(url)).statusCode).toBe(200);
    }
  });
});
