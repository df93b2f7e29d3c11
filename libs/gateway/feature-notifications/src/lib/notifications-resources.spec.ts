import { connect, type NatsConnection } from '@nats-io/transport-node';
import { ROLES, type Actor, type Role } from '@orbita/auth';
import {
  ListNotificationsQuery,
  MarkNotificationReadRequest,
  NotificationKindFilter,
  NOTIFICATIONS_RPC,
  NotificationsErrorCode,
  UpdateNotificationPreferencesRequest,
  type NotificationView,
} from '@orbita/notifications/rpc';
import { authHeader, startAuthTestGateway, type TestGateway } from '@orbita/gateway/auth/testing';
import { ActorVerifier, MessagingNames, RpcServer, type RpcContext } from '@orbita/messaging';
import { CodedException } from '@orbita/observability';
import { createTestDatabase, testActorKeys, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { NotificationsResourcesModule } from './notifications-resources.module';

/**
 * The REST resources through the real gateway (auth, validation, problem+json), with a stand-in for the
 * notifications service that keeps one notification and records the actor of each request.
 */
describe('notifications REST resources', () => {
  const subjectPrefix = uniqueRunId();
  let database: TestDatabase;
  let gateway: TestGateway;
  let nats: NatsConnection;
  let service: RpcServer;
  const seen: { subject: string; actor: Actor; body: object }[] = [];
  /** People whose feed holds the notification below. */
  const owners = new Set<string>();
  const notification: NotificationView = {
    id: randomUUID(),
    kind: 'protocol_returned',
    title: 'Протокол возвращён на доработку: Математика, 7 класс',
    text: 'Региональный центр вернул протокол вашей школы на доработку.',
    link: '/protocols/6a0f1c3e-2b7d-4e59-8c41-93d2f5a7b6e0',
    createdAt: '2025-03-14T06:12:30.000Z',
    readAt: null,
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    nats = await connect({ servers: 'nats://127.0.0.1:4222' });
    service = new RpcServer(nats, 'notifications', {
      names: new MessagingNames(subjectPrefix),
      actors: ActorVerifier.fromKey(testActorKeys().verifyKey),
    });
    const record = (subject: string) => (body: object, context: RpcContext) => {
      seen.push({ subject, actor: context.actor, body });
      return context.actor.personId ?? undefined;
    };
    service.handle(
      NOTIFICATIONS_RPC.listNotifications.subject,
      ListNotificationsQuery,
      async (query, context) => {
        const personId = record(NOTIFICATIONS_RPC.listNotifications.subject)(query, context);
        const items = personId && owners.has(personId) ? [notification] : [];
        return { items, total: items.length, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
      },
    );
    service.handle(
      NOTIFICATIONS_RPC.countUnread.subject,
      NotificationKindFilter,
      async (filter, context) => ({
        unread: owners.has(record(NOTIFICATIONS_RPC.countUnread.subject)(filter, context) ?? '') ? 1 : 0,
      }),
    );
    service.handle(
      NOTIFICATIONS_RPC.markRead.subject,
      MarkNotificationReadRequest,
      async (request, context) => {
        if (
          !owners.has(record(NOTIFICATIONS_RPC.markRead.subject)(request, context) ?? '') ||
          request.id !== notification.id
        ) {
          throw new CodedException(
            NotificationsErrorCode.NOTIFICATION_NOT_FOUND,
            404,
            `Notification ${request.id} does not exist`,
          );
        }
        return { ...notification, readAt: '2025-03-14T07:00:00.000Z' };
      },
    );
    service.handle(
      NOTIFICATIONS_RPC.markAllRead.subject,
      NotificationKindFilter,
      async (filter, context) => ({
        marked: owners.has(record(NOTIFICATIONS_RPC.markAllRead.subject)(filter, context) ?? '') ? 1 : 0,
      }),
    );
    service.handle(
      NOTIFICATIONS_RPC.getPreferences.subject,
      NotificationKindFilter,
      async (filter, context) => {
        record(NOTIFICATIONS_RPC.getPreferences.subject)(filter, context);
        return {
          items: [
            { kind: 'protocol_returned', label: 'Протокол возвращён на доработку', email: true, inApp: true },
          ],
        };
      },
    );
    service.handle(
      NOTIFICATIONS_RPC.updatePreferences.subject,
      UpdateNotificationPreferencesRequest,
      async (request, context) => {
        record(NOTIFICATIONS_RPC.updatePreferences.subject)(request, context);
        return { items: request.items.map((item) => ({ ...item, label: item.kind, inApp: true })) };
      },
    );
    gateway = await startAuthTestGateway({
      databaseUrl: database.url,
      subjectPrefix,
      resources: [NotificationsResourcesModule],
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await service?.close();
    await nats?.close();
    await database?.drop();
  });

  /** A token for an account of the role whose registry person has the notification (`owner`), another person, or none. */
  async function tokenOf(role: Role, person: 'owner' | 'stranger' | 'none'): Promise<string> {
    const personId = person === 'none' ? null : randomUUID();
    if (person === 'owner') owners.add(personId!);
    return gateway.tokenFor(await gateway.createAccount({ role, personId }));
  }

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, token?: string, payload?: object) =>
    gateway.app.inject({ method, url: `/api/v1${url}`, headers: token ? authHeader(token) : {}, payload });

  it('gives every role its own feed, the person taken from its account', async () => {
    for (const role of ROLES) {
      const response = await call(
        'GET',
        '/notifications?unread=true&pageSize=5',
        await tokenOf(role, 'owner'),
      );
      expect([role, response.statusCode]).toEqual([role, 200]);
      expect(response.json()).toEqual({ items: [notification], total: 1, page: 1, pageSize: 5 });
    }
    const last = seen.at(-1)!;
    expect(owners.has(last.actor.personId!)).toBe(true);
    expect(last.body).toEqual({ unread: true, pageSize: 5 });
    expect((await call('GET', '/notifications')).statusCode).toBe(401);
  });

  it('gives an account without a person an empty feed', async () => {
    const response = await call('GET', '/notifications', await tokenOf('teacher', 'none'));
    expect(response.json()).toMatchObject({ items: [], total: 0 });
    expect(seen.at(-1)!.actor.personId).toBeNull();
  });

  it("answers 404 for another person's notification, 400 for a malformed id", async () => {
    const stranger = await tokenOf('school_coordinator', 'stranger');
    const refused = await call('POST', `/notifications/${notification.id}/read`, stranger);
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      status: 404,
      code: NotificationsErrorCode.NOTIFICATION_NOT_FOUND,
    });

    expect((await call('POST', '/notifications/not-a-uuid/read', stranger)).statusCode).toBe(400);

    const read = await call(
      'POST',
      `/notifications/${notification.id}/read`,
      await tokenOf('school_coordinator', 'owner'),
    );
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).toBe('2025-03-14T07:00:00.000Z');
  });

  it('counts unread, marks all read and keeps e-mail preferences', async () => {
    const token = await tokenOf('regional_coordinator', 'owner');
    expect((await call('GET', '/notifications/unread-count', token)).json()).toEqual({ unread: 1 });
    const marked = await call('POST', '/notifications/read-all?kind=protocol_returned', token);
    expect([marked.statusCode, marked.json()]).toEqual([200, { marked: 1 }]);
    expect(seen.at(-1)!.body).toEqual({ kind: 'protocol_returned' });

    expect((await call('GET', '/notification-preferences', token)).json().items[0]).toMatchObject({
      kind: 'protocol_returned',
      email: true,
    });
    const updated = await call('PUT', '/notification-preferences', token, {
      items: [{ kind: 'roadmap_due_soon', email: false }],
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().items).toEqual([
      { kind: 'roadmap_due_soon', email: false, label: 'roadmap_due_soon', inApp: true },
    ]);

    const requests = seen.length;
    const invalid = await call('PUT', '/notification-preferences', token, {
      items: [{ kind: 'gossip', email: 'yes' }],
    });
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['items.0.email', 'items.0.kind']);
    expect((await call('GET', '/notifications/unread-count?kind=gossip', token)).statusCode).toBe(400);
    expect(seen.length).toBe(requests);
  });

  it('documents the routes with their permission, examples and error responses', async () => {
    const document = (await gateway.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const markRead = document.paths['/api/v1/notifications/{id}/read'].post;
    expect(markRead['x-orbita-permission']).toBe('notifications:read');
    expect(Object.keys(markRead.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404']),
    );
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/notifications',
        '/api/v1/notifications/unread-count',
        '/api/v1/notifications/read-all',
        '/api/v1/notification-preferences',
      ]),
    );
    expect(document.paths['/api/v1/notification-preferences'].put.responses['409']).toBeDefined();
    expect(document.components.schemas.Notification.properties.title.example).toContain('Протокол');
  });
});
