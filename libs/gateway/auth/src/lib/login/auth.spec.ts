import { createTestDatabase, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { DataSource } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { FirstAdmin } from '../accounts/first-admin';
import { AuditEvent } from '../audit/audit-event.entity';
import { authHeader, startAuthTestGateway, type TestGateway } from '../../testing';

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/** The `name=value` of a Set-Cookie header and its attributes. */
function cookieOf(setCookie: string | string[] | undefined): { value: string; attributes: string } {
  const header = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  if (!header) throw new Error('no Set-Cookie');
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  return { value: pair.slice(pair.indexOf('=') + 1), attributes: attributes.join('; ') };
}

describe('sign-in, sessions and passwords', () => {
  let database: TestDatabase;
  let gateway: TestGateway;

  beforeAll(async () => {
    database = await createTestDatabase();
    gateway = await startAuthTestGateway({ databaseUrl: database.url, subjectPrefix: uniqueRunId() });
  });

  afterAll(async () => {
    await gateway?.close();
    await database?.drop();
  });

  const post = (url: string, payload?: object, headers: Record<string, string> = {}) =>
    // English: the assertions read the errors' own messages (problems are Russian by default).
    gateway.app.inject({ method: 'POST', url: `/api/v1/auth/${url}`, payload, headers: { 'accept-language': 'en', ...headers } });
  const refreshWith = (refreshToken: string) => post('refresh', { refreshToken });
  const auditActions = async (accountId: string) =>
    (
      await gateway.app
        .get(DataSource)
        .getRepository(AuditEvent)
        .find({ where: { actorId: accountId }, order: { occurredAt: 'ASC' } })
    ).map((event) => event.action);

  describe('login', () => {
    it('answers an access token, the account and the refresh token as an httpOnly cookie scoped to /api/v1/auth', async () => {
      const account = await gateway.createAccount({ role: 'teacher', email: 'Ivanova@School.Example' });
      const response = await post('login', { email: 'ivanova@school.example', password: account.password });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toEqual({
        tokenType: 'Bearer',
        accessToken: expect.stringMatching(/^ey[\w-]+\.[\w-]+\.[\w-]+$/),
        expiresIn: 900,
        refreshExpiresAt: expect.any(String),
        account: expect.objectContaining({
          id: account.id,
          email: 'ivanova@school.example',
          role: 'teacher',
          schoolId: account.schoolId,
        }),
      });
      expect(body).not.toHaveProperty('refreshToken');
      const cookie = cookieOf(response.headers['set-cookie']);
      expect(cookie.value).toMatch(/^[\w-]{43}$/);
      expect(cookie.attributes).toContain('Path=/api/v1/auth');
      expect(cookie.attributes).toContain('HttpOnly');
      expect(cookie.attributes).toContain('SameSite=Strict');

      const me = await gateway.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: authHeader(body.accessToken),
      });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({
        id: account.id,
        role: 'teacher',
        permissions: expect.arrayContaining(['people:read']),
      });
      expect(me.json().permissions).not.toContain('schools:write');
      expect(await auditActions(account.id)).toEqual(['login']);
    });

    it('answers a wrong password, an unknown e-mail and a deactivated account with the same 401', async () => {
      const account = await gateway.createAccount({ role: 'observer' });
      const deactivated = await gateway.createAccount({ role: 'observer' });
      await gateway.app
        .get(DataSource)
        .getRepository(Account)
        .update({ id: deactivated.id }, { active: false });
      const answers = [
        await post('login', { email: account.email, password: 'not-the-password' }),
        await post('login', { email: 'nobody@orbita.local', password: 'whatever-password' }),
        await post('login', { email: deactivated.email, password: deactivated.password }),
      ];
      for (const response of answers) {
        expect(response.statusCode).toBe(401);
        expect(response.headers['content-type']).toBe(PROBLEM_JSON);
        expect(response.json()).toMatchObject({
          code: 'AUTH.UNAUTHENTICATED',
          detail: 'Wrong e-mail or password',
        });
        expect(response.headers['set-cookie']).toBeUndefined();
      }
      const failures = await gateway.app
        .get(DataSource)
        .getRepository(AuditEvent)
        .findBy({ action: 'login_failed' });
      expect(failures.map((event) => event.details?.['email'])).toEqual(
        expect.arrayContaining([account.email, 'nobody@orbita.local', deactivated.email]),
      );
    });

    it('validates the body', async () => {
      const response = await post('login', { email: 'not-an-email', password: '' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION.FAILED' });
    });
  });

  describe('refresh', () => {
    it('rotates the refresh token: a new pair each time, the old token used up', async () => {
      const account = await gateway.createAccount({ role: 'expert' });
      const first = await gateway.loginAs(account.email, account.password);
      const second = await refreshWith(first.refreshToken);
      expect(second.statusCode).toBe(200);
      const rotated = second.json();
      expect(rotated.refreshToken).toMatch(/^[\w-]{43}$/);
      expect(rotated.refreshToken).not.toBe(first.refreshToken);
      expect(rotated.account.id).toBe(account.id);
      const me = await gateway.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: authHeader(rotated.accessToken),
      });
      expect(me.statusCode).toBe(200);
      expect((await refreshWith(rotated.refreshToken)).statusCode).toBe(200);
    });

    it('revokes the whole session when a used refresh token comes back (reuse detection)', async () => {
      const account = await gateway.createAccount({ role: 'expert' });
      const stolen = (await gateway.loginAs(account.email, account.password)).refreshToken;
      const legitimate = (await refreshWith(stolen)).json().refreshToken as string;

      const replay = await refreshWith(stolen);
      expect(replay.statusCode).toBe(401);
      expect(replay.json()).toMatchObject({
        code: 'AUTH.UNAUTHENTICATED',
        detail: expect.stringContaining('used already'),
      });
      // The token the legitimate client holds dies with the family.
      expect((await refreshWith(legitimate)).statusCode).toBe(401);
      expect(await auditActions(account.id)).toEqual(['login', 'refresh_reuse']);
    });

    it('reads and rotates the cookie for a browser', async () => {
      const account = await gateway.createAccount({ role: 'observer' });
      const login = await post('login', { email: account.email, password: account.password });
      const cookie = cookieOf(login.headers['set-cookie']).value;
      const refreshed = await post('refresh', undefined, { cookie: `orbita_refresh=${cookie}` });
      expect(refreshed.statusCode).toBe(200);
      expect(refreshed.json()).not.toHaveProperty('refreshToken');
      const next = cookieOf(refreshed.headers['set-cookie']).value;
      expect(next).not.toBe(cookie);
      expect((await post('refresh', {}, { cookie: `orbita_refresh=${next}` })).statusCode).toBe(200);
    });

    it('answers 401 without a token or with an unknown one', async () => {
      expect((await post('refresh', {})).statusCode).toBe(401);
      expect((await refreshWith('x'.repeat(43))).statusCode).toBe(401);
    });
  });

  it('logout revokes the session and clears the cookie; a second logout is no error', async () => {
    const account = await gateway.createAccount({ role: 'observer' });
    const { refreshToken } = await gateway.loginAs(account.email, account.password);
    const logout = await post('logout', { refreshToken });
    expect(logout.statusCode).toBe(204);
    expect(cookieOf(logout.headers['set-cookie']).attributes).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await refreshWith(refreshToken)).statusCode).toBe(401);
    expect((await post('logout', { refreshToken })).statusCode).toBe(204);
    expect(await auditActions(account.id)).toEqual(['login', 'logout']);
  });

  describe('password change', () => {
    it('needs the current password, then signs out the other sessions and keeps this one', async () => {
      const account = await gateway.createAccount({ role: 'school_coordinator' });
      const here = await gateway.loginAs(account.email, account.password);
      const elsewhere = await gateway.loginAs(account.email, account.password);
      const change = (currentPassword: string, newPassword: string) =>
        post('password', { currentPassword, newPassword }, authHeader(here.accessToken));

      const wrong = await change('not-my-password', 'a-new-passphrase');
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json()).toMatchObject({ code: 'AUTH.WRONG_PASSWORD' });
      expect((await change(account.password, 'short')).statusCode).toBe(400);

      expect((await change(account.password, 'a-new-passphrase')).statusCode).toBe(204);
      expect((await post('login', { email: account.email, password: account.password })).statusCode).toBe(
        401,
      );
      expect((await gateway.loginAs(account.email, 'a-new-passphrase')).accessToken).toBeDefined();
      expect((await refreshWith(elsewhere.refreshToken)).statusCode).toBe(401);
      expect((await refreshWith(here.refreshToken)).statusCode).toBe(200);
      expect(await auditActions(account.id)).toEqual([
        'login',
        'login',
        'password_change',
        'password_change',
        'login',
      ]);
    });

    it('needs a signed-in account', async () => {
      expect(
        (await post('password', { currentPassword: 'a', newPassword: 'a-new-passphrase' })).statusCode,
      ).toBe(401);
    });
  });

  describe('first admin', () => {
    it('exists from the start with the development password, and is made only once', async () => {
      const admin = await gateway.loginAs('admin@orbita.local', gateway.config.ORBITA_ADMIN_PASSWORD!);
      expect(admin.account).toMatchObject({ role: 'admin', schoolId: null, displayName: 'Administrator' });
      expect(await gateway.app.get(FirstAdmin).ensure()).toBeUndefined();
      expect(await gateway.app.get(DataSource).getRepository(Account).countBy({ role: 'admin' })).toBe(1);
    });
  });
});
