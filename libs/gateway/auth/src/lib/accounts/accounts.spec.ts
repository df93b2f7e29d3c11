import { createTestDatabase, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { authHeader, startAuthTestGateway, type TestGateway } from '../../testing';

describe('/api/v1/accounts', () => {
  let database: TestDatabase;
  let gateway: TestGateway;
  let admin: { id: string; token: string };

  beforeAll(async () => {
    database = await createTestDatabase();
    gateway = await startAuthTestGateway({ databaseUrl: database.url, subjectPrefix: uniqueRunId() });
    const login = await gateway.loginAs('admin@orbita.local', gateway.config.ORBITA_ADMIN_PASSWORD!);
    admin = { id: login.account.id, token: login.accessToken };
  });

  afterAll(async () => {
    await gateway?.close();
    await database?.drop();
  });

  const request = (method: 'GET' | 'POST', url: string, payload?: object, token = admin.token) =>
    gateway.app.inject({ method, url: `/api/v1/accounts${url}`, payload, headers: authHeader(token) });

  it('creates an account that can sign in, and audits the creation', async () => {
    const schoolId = randomUUID();
    const created = await request('POST', '', {
      email: ' Smirnova@School.Example ',
      displayName: 'Смирнова Ольга',
      role: 'school_coordinator',
      schoolId,
      password: 'first-day-password',
    });
    expect(created.statusCode).toBe(201);
    const account = created.json();
    expect(account).toEqual({
      id: expect.any(String),
      email: 'smirnova@school.example',
      displayName: 'Смирнова Ольга',
      role: 'school_coordinator',
      schoolId,
      personId: null,
      active: true,
      createdAt: expect.any(String),
    });
    expect(account).not.toHaveProperty('passwordHash');
    expect((await gateway.loginAs('smirnova@school.example', 'first-day-password')).account.id).toBe(
      account.id,
    );

    const duplicate = await request('POST', '', {
      email: 'SMIRNOVA@school.example',
      displayName: 'Другая',
      role: 'observer',
      password: 'another-password',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'ACCOUNTS.EMAIL_TAKEN' });

    const personId = randomUUID();
    const linked = { displayName: 'Лицо', role: 'observer', password: 'another-password', personId };
    expect((await request('POST', '', { ...linked, email: 'p1@orbita.local' })).json()).toMatchObject({
      personId,
    });
    const samePerson = await request('POST', '', { ...linked, email: 'p2@orbita.local' });
    expect(samePerson.json()).toMatchObject({ status: 409, code: 'ACCOUNTS.PERSON_TAKEN' });

    const events = await gateway.app
      .get(DataSource)
      .getRepository(AuditEvent)
      .findBy({ resourceType: 'account', actorId: admin.id });
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'create',
          resourceId: account.id,
          method: 'POST',
          path: '/api/v1/accounts',
          status: 201,
        }),
        expect.objectContaining({ action: 'create', resourceId: null, status: 409 }),
      ]),
    );
  });

  it('asks a school for school-scoped roles and refuses one for the others', async () => {
    const base = { displayName: 'Test', password: 'a-good-password' };
    const teacherWithout = await request('POST', '', { ...base, email: 't1@orbita.local', role: 'teacher' });
    expect(teacherWithout.statusCode).toBe(400);
    expect(teacherWithout.json().errors).toEqual(
      expect.arrayContaining([{ field: 'schoolId', message: 'schoolId is required for the role teacher' }]),
    );
    const expertWith = await request('POST', '', {
      ...base,
      email: 'e1@orbita.local',
      role: 'expert',
      schoolId: randomUUID(),
    });
    expect(expertWith.statusCode).toBe(400);
    expect(expertWith.json().errors).toEqual([
      { field: 'schoolId', message: 'schoolId is only for school-scoped roles' },
    ]);
    const weak = await request('POST', '', {
      ...base,
      email: 'e2@orbita.local',
      role: 'expert',
      password: 'short',
    });
    expect(weak.statusCode).toBe(400);
    const unknownRole = await request('POST', '', { ...base, email: 'e3@orbita.local', role: 'root' });
    expect(unknownRole.statusCode).toBe(400);
  });

  it('lists with filters, search and paging', async () => {
    const schoolId = randomUUID();
    for (const name of ['Альфа', 'Бета', 'Гамма']) {
      await gateway.createAccount({ role: 'teacher', schoolId, displayName: `Учитель ${name}` });
    }
    const page = await request('GET', `?role=teacher&schoolId=${schoolId}&sort=-displayName&pageSize=2`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.json().items.map((item: { displayName: string }) => item.displayName)).toEqual([
      'Учитель Гамма',
      'Учитель Бета',
    ]);
    const second = await request(
      'GET',
      `?role=teacher&schoolId=${schoolId}&sort=-displayName&pageSize=2&page=2`,
    );
    expect(second.json().items.map((item: { displayName: string }) => item.displayName)).toEqual([
      'Учитель Альфа',
    ]);
    const search = await request('GET', `?q=${encodeURIComponent('бета')}&schoolId=${schoolId}`);
    expect(search.json().total).toBe(1);
    expect((await request('GET', '?sort=password')).statusCode).toBe(400);
  });

  it('deactivates: no more sign-in, sessions revoked; not oneself', async () => {
    const account = await gateway.createAccount({ role: 'expert' });
    const session = await gateway.loginAs(account.email, account.password);
    const deactivated = await request('POST', `/${account.id}/deactivate`);
    expect(deactivated.statusCode).toBe(200);
    expect(deactivated.json()).toMatchObject({ id: account.id, active: false });
    const login = await gateway.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: account.email, password: account.password },
    });
    expect(login.statusCode).toBe(401);
    const refresh = await gateway.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: session.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);

    expect((await request('POST', `/${admin.id}/deactivate`)).json()).toMatchObject({
      status: 409,
      code: 'ACCOUNTS.SELF_DEACTIVATION',
    });
    expect((await request('POST', `/${randomUUID()}/deactivate`)).json()).toMatchObject({
      status: 404,
      code: 'ACCOUNTS.NOT_FOUND',
    });
    expect((await request('POST', '/not-a-uuid/deactivate')).statusCode).toBe(400);
    const audited = await gateway.app
      .get(DataSource)
      .getRepository(AuditEvent)
      .findOneBy({ resourceId: account.id, action: 'update' });
    expect(audited).toMatchObject({
      resourceType: 'account',
      path: `/api/v1/accounts/${account.id}/deactivate`,
      status: 200,
    });
  });

  it('is for admins only', async () => {
    for (const role of [
      'regional_coordinator',
      'school_coordinator',
      'teacher',
      'expert',
      'observer',
    ] as const) {
      const token = await gateway.tokenFor(role);
      expect((await request('GET', '', undefined, token)).statusCode).toBe(403);
      expect((await request('POST', '', { email: 'x@orbita.local' }, token)).statusCode).toBe(403);
    }
  });
});
