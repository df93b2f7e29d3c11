import { createTestDatabase, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { authHeader, startAuthTestGateway, type TestGateway } from '../../testing';

// A long cache: what stops a token here at once is the revocation, never the cache running out.
const SESSION_CACHE_TTL_SECONDS = 60;

describe('live sessions: a revoked session or a deactivated account stops its access tokens at once', () => {
  let database: TestDatabase;
  let first: TestGateway;
  let second: TestGateway;

  beforeAll(async () => {
    database = await createTestDatabase();
    const subjectPrefix = uniqueRunId();
    first = await startAuthTestGateway({
      databaseUrl: database.url,
      subjectPrefix,
      SESSION_CACHE_TTL_SECONDS,
    });
    // A second replica on the same database, signing with the same key.
    second = await startAuthTestGateway({
      databaseUrl: database.url,
      subjectPrefix,
      SESSION_CACHE_TTL_SECONDS,
      JWT_SECRET: first.config.JWT_SECRET,
    });
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  const me = async (gateway: TestGateway, token: string) =>
    (await gateway.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: authHeader(token) }))
      .statusCode;
  const post = (gateway: TestGateway, url: string, payload: object, token?: string) =>
    gateway.app.inject({ method: 'POST', url, payload, headers: token ? authHeader(token) : {} });

  /** A signed-in account whose session both replicas have just seen live (so both have it cached). */
  const signedIn = async () => {
    const account = await first.createAccount({ role: 'teacher' });
    const login = await first.loginAs(account.email, account.password);
    expect([await me(first, login.accessToken), await me(second, login.accessToken)]).toEqual([200, 200]);
    return { ...login, account };
  };

  it('answers 401 on every replica right after logout', async () => {
    const { accessToken, refreshToken } = await signedIn();
    expect((await post(first, '/api/v1/auth/logout', { refreshToken })).statusCode).toBe(204);
    expect(await me(first, accessToken)).toBe(401);
    await expect(eventually(() => me(second, accessToken))).resolves.toBe(401);
  });

  it('answers 401 on every replica right after the account is deactivated', async () => {
    const { account, accessToken } = await signedIn();
    const admin = await first.tokenFor('admin');
    const deactivated = await post(second, `/api/v1/accounts/${account.id}/deactivate`, {}, admin);
    expect(deactivated.statusCode).toBe(200);
    expect(await me(second, accessToken)).toBe(401);
    await expect(eventually(() => me(first, accessToken))).resolves.toBe(401);
  });

  it('ends the other sessions of the account on a password change, and keeps the one that changed it', async () => {
    const { account, accessToken: other } = await signedIn();
    const own = await first.loginAs(account.email, account.password);
    const changed = await post(
      first,
      '/api/v1/auth/password',
      { currentPassword: account.password, newPassword: 'a-new-long-password' },
      own.accessToken,
    );
    expect(changed.statusCode).toBe(204);
    await expect(eventually(() => me(second, other))).resolves.toBe(401);
    expect(await me(second, own.accessToken)).toBe(200);
  });

  it('keeps a session live across refreshes: the access token of before the refresh still works', async () => {
    const { accessToken, refreshToken } = await signedIn();
    const refreshed = await post(first, '/api/v1/auth/refresh', { refreshToken });
    expect(refreshed.statusCode).toBe(200);
    expect(await me(second, accessToken)).toBe(200);
    expect(await me(second, refreshed.json<{ accessToken: string }>().accessToken)).toBe(200);
  });
});

/**
 * The other replica hears of a revocation when PostgreSQL delivers the notification, a few milliseconds
 * after the commit: the answer within a second (the cache would hold it for a minute).
 */
async function eventually(status: () => Promise<number>, timeoutMs = 1000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await status();
    if (answer !== 200 || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
