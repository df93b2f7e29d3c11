import { Body, Controller, Delete, Get, HttpCode, Module, Param, Patch, Post } from '@nestjs/common';
import { CodedException } from '@orbita/observability';
import { createTestDatabase, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { IsString } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditResource, ReadsPersonalData, RequirePermission } from '../decorators';
import {
  authHeader,
  startAuthTestGateway,
  type TestAccount,
  type TestGateway,
} from '../../testing';
import { AuditEvent } from './audit-event.entity';

class NewPerson {
  @IsString()
  name!: string;
}

@Controller('people')
@AuditResource('person')
@RequirePermission('people:write')
class PeopleProbeController {
  @Post()
  create(@Body() body: NewPerson): { id: string; name: string } {
    return { id: randomUUID(), name: body.name };
  }

  @Patch(':id')
  update(@Param('id') id: string): { id: string } {
    return { id };
  }

  @Delete(':id')
  @HttpCode(204)
  remove(): void {
    return undefined;
  }

  @Post(':id/merge')
  merge(@Param('id') id: string): never {
    throw new CodedException('REGISTRY.PERSON_CONFLICT', 409, `Person ${id} changed meanwhile`);
  }

  @Get(':id')
  @RequirePermission('people:read')
  @ReadsPersonalData()
  read(@Param('id') id: string): { id: string; name: string } {
    return { id, name: 'Иванова' };
  }

  @Get()
  @RequirePermission('people:read')
  count(): { total: number } {
    return { total: 1 };
  }

  @Get('registry/page')
  @RequirePermission('people:read')
  @ReadsPersonalData()
  list(): { items: { id: string; name: string }[]; total: number } {
    return { items: LISTED.map((id) => ({ id, name: 'Иванова' })), total: LISTED.length };
  }
}

const LISTED = [randomUUID(), randomUUID()];

@Module({ controllers: [PeopleProbeController] })
class PeopleProbeModule {}

describe('audit log', () => {
  let database: TestDatabase;
  let gateway: TestGateway;
  let coordinator: TestAccount;
  let coordinatorToken: string;
  let adminToken: string;
  let events: () => Promise<AuditEvent[]>;

  beforeAll(async () => {
    database = await createTestDatabase();
    gateway = await startAuthTestGateway({
      databaseUrl: database.url,
      subjectPrefix: uniqueRunId(),
      resources: [PeopleProbeModule],
    });
    coordinator = await gateway.createAccount({ role: 'school_coordinator' });
    coordinatorToken = await gateway.tokenFor(coordinator);
    adminToken = (await gateway.loginAs('admin@orbita.local', gateway.config.ORBITA_ADMIN_PASSWORD!))
      .accessToken;
    events = () =>
      gateway.app
        .get(DataSource)
        .getRepository(AuditEvent)
        .find({ where: { resourceType: 'person' }, order: { occurredAt: 'ASC' } });
  });

  afterAll(async () => {
    await gateway?.close();
    await database?.drop();
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    gateway.app.inject({
      method,
      url: `/api/v1${url}`,
      payload,
      headers: { ...authHeader(coordinatorToken), ...headers },
    });

  it('records every write to an @AuditResource controller with who, what, where and how it ended', async () => {
    const created = await call(
      'POST',
      '/people',
      { name: 'Иванова' },
      { 'x-correlation-id': 'corr-audit-1' },
    );
    expect(created.statusCode).toBe(201);
    const personId = created.json().id as string;
    expect((await call('PATCH', `/people/${personId}?note=private`)).statusCode).toBe(200);
    expect((await call('DELETE', `/people/${personId}`)).statusCode).toBe(204);
    expect((await call('POST', `/people/${personId}/merge`)).statusCode).toBe(409);
    expect((await call('POST', '/people', { wrong: true })).statusCode).toBe(400);

    const actor = {
      actorId: coordinator.id,
      actorRole: 'school_coordinator',
      actorSchoolId: coordinator.schoolId,
      ip: '127.0.0.1',
    };
    expect(await events()).toEqual([
      expect.objectContaining({
        ...actor,
        action: 'create',
        resourceId: personId,
        method: 'POST',
        path: '/api/v1/people',
        status: 201,
        correlationId: 'corr-audit-1',
        occurredAt: expect.any(Date),
      }),
      expect.objectContaining({
        ...actor,
        action: 'update',
        resourceId: personId,
        method: 'PATCH',
        path: `/api/v1/people/${personId}`,
        status: 200,
      }),
      expect.objectContaining({ ...actor, action: 'delete', resourceId: personId, status: 204 }),
      expect.objectContaining({
        ...actor,
        action: 'update',
        resourceId: personId,
        path: `/api/v1/people/${personId}/merge`,
        status: 409,
      }),
      expect.objectContaining({ ...actor, action: 'create', resourceId: null, status: 400 }),
    ]);
  });

  it('records a successful read of personal data, and not other reads', async () => {
    const before = (await events()).length;
    const personId = randomUUID();
    expect((await call('GET', `/people/${personId}?q=secret`)).statusCode).toBe(200);
    expect((await call('GET', '/people')).statusCode).toBe(200);
    const recorded = (await events()).slice(before);
    expect(recorded).toEqual([
      expect.objectContaining({
        action: 'read',
        actorId: coordinator.id,
        resourceId: personId,
        method: 'GET',
        path: `/api/v1/people/${personId}`,
        status: 200,
      }),
    ]);
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const dataSource = gateway.app.get(DataSource);
    await expect(dataSource.query("UPDATE audit_log SET action = 'read'")).rejects.toThrow(
      /audit_log is append-only: UPDATE/,
    );
    await expect(dataSource.query('DELETE FROM audit_log')).rejects.toThrow(
      /audit_log is append-only: DELETE/,
    );
    await expect(dataSource.query('TRUNCATE audit_log')).rejects.toThrow(
      /audit_log is append-only: TRUNCATE/,
    );
    expect((await events()).length).toBeGreaterThan(0);
  });

  describe('GET /api/v1/audit-events', () => {
    const query = (search: string, token = adminToken) =>
      gateway.app.inject({ method: 'GET', url: `/api/v1/audit-events${search}`, headers: authHeader(token) });

    it('lets admins filter by actor, resource, action and time, newest first, in pages', async () => {
      const all = await query(`?actorId=${coordinator.id}&resourceType=person`);
      expect(all.statusCode).toBe(200);
      const body = all.json();
      expect(body.total).toBe(6);
      const times = body.items.map((item: { occurredAt: string }) => item.occurredAt);
      expect([...times].sort().reverse()).toEqual(times);

      const reads = await query(`?actorId=${coordinator.id}&action=read`);
      expect(reads.json()).toMatchObject({
        total: 1,
        items: [{ action: 'read', resourceType: 'person', ip: '127.0.0.1' }],
      });
      const first = body.items[body.items.length - 1] as { resourceId: string; occurredAt: string };
      const byResource = await query(`?resourceType=person&resourceId=${first.resourceId}&pageSize=2&page=2`);
      expect(byResource.json()).toMatchObject({ total: 4, page: 2, pageSize: 2 });
      expect(
        (await query(`?actorId=${coordinator.id}&to=${encodeURIComponent(first.occurredAt)}`)).json().total,
      ).toBe(0);
      expect(
        (await query(`?actorId=${coordinator.id}&from=${encodeURIComponent(first.occurredAt)}`)).json().total,
      ).toBe(6);
      expect((await query('?from=yesterday')).statusCode).toBe(400);
      expect((await query('?action=hack')).statusCode).toBe(400);
    });

    it('records its own reads, and answers everyone but admins 403', async () => {
      expect((await query('?action=login')).json().items[0]).toMatchObject({
        action: 'login',
        resourceType: 'account',
      });
      const self = await query('?resourceType=audit_event&action=read');
      expect(self.json().total).toBeGreaterThan(0);
      for (const role of [
        'regional_coordinator',
        'school_coordinator',
        'teacher',
        'expert',
        'observer',
      ] as const) {
        expect((await query('', await gateway.tokenFor(role))).statusCode).toBe(403);
      }
      expect((await gateway.app.inject({ method: 'GET', url: '/api/v1/audit-events' })).statusCode).toBe(401);
    });
  });

  // Last: its reads would change the counts the admin's queries above expect.
  it('records a list read with the ids it returned; personal data is answered with Cache-Control: no-store', async () => {
    const before = (await events()).length;
    const listed = await call('GET', '/people/registry/page?q=Иванова');
    expect(listed.statusCode).toBe(200);
    expect(listed.headers['cache-control']).toBe('no-store');
    expect((await call('GET', `/people/${randomUUID()}`)).headers['cache-control']).toBe('no-store');
    expect((await call('GET', '/people')).headers['cache-control']).toBeUndefined();
    const [recorded] = (await events()).slice(before);
    expect(recorded).toMatchObject({
      action: 'read',
      resourceId: null,
      path: '/api/v1/people/registry/page',
      details: { ids: LISTED },
    });
  });
});
