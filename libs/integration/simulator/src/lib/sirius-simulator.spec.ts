import { SIMULATOR_BASE_PATH, SIMULATOR_TOKEN_PATH, SiriusSimulator } from './sirius-simulator';

describe('SiriusSimulator over HTTP', () => {
  const simulator = new SiriusSimulator({ clientId: 'sim', clientSecret: 'sim-secret', seed: 0 });
  let url: string;

  beforeAll(async () => {
    url = await simulator.listen(0);
  });
  afterAll(() => simulator.close());

  const token = async (secret = 'sim-secret') =>
    fetch(`${url}${SIMULATOR_TOKEN_PATH}`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`sim:${secret}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
  const users = async (query: string, accessToken: string) =>
    fetch(`${url}${SIMULATOR_BASE_PATH}/users?${query}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });

  it('gives a token for the right credentials only, and serves rosters only with one', async () => {
    expect((await token('wrong')).status).toBe(401);
    const { access_token } = (await (await token()).json()) as { access_token: string };
    expect((await users('limit=1', 'not-a-token')).status).toBe(401);
    const page = await users('limit=1', access_token);
    expect(page.headers.get('x-total-count')).toBe('214');
    expect(((await page.json()) as { users: unknown[] }).users).toHaveLength(1);
    expect((await users("filter=givenName='Анна'", access_token)).status).toBe(400);
  });

  it('switches faults and makes changes through its control endpoints, deterministically by seed', async () => {
    const changes = await fetch(`${url}/control/changes`, {
      method: 'POST',
      body: JSON.stringify({ deleteStudents: 2, duplicatePeople: 1 }),
    });
    const made = (await changes.json()) as { deleted: string[]; duplicates: string[] };
    expect(made.deleted).toHaveLength(2);
    expect(made.duplicates).toEqual([expect.stringMatching(/-dup$/)]);
    const twin = new SiriusSimulator({ clientId: 'sim', clientSecret: 'sim-secret', seed: 0 });
    expect(twin.markDeleted(2)).toEqual(made.deleted);

    await fetch(`${url}/control/faults`, {
      method: 'POST',
      body: JSON.stringify({ rateLimit: { every: 1, retryAfterSeconds: 7 } }),
    });
    const { access_token } = (await (await token()).json()) as { access_token: string };
    const limited = await users('limit=1', access_token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
  });
});
