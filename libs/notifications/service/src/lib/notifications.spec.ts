import type { Actor } from '@orbita/auth';
import {
  ANALYTICS_UPDATED_V1,
  PERSON_REGISTERED_V1,
  PERSON_UPDATED_V1,
  PROGRAMME_PARTICIPATION_CHANGED_V1,
  PROTOCOL_RETURNED_V1,
  PROTOCOL_SUBMITTED_V1,
  ROADMAP_ACTIVITY_DUE_SOON_V1,
  ROADMAP_ACTIVITY_OVERDUE_V1,
  SCHOOL_REGISTERED_V1,
  WORK_PUBLISHED_V1,
  type Page,
  type RpcContract,
} from '@orbita/contracts';
import {
  NOTIFICATIONS_RPC,
  type ListNotificationsQuery,
  type NotificationView,
} from '@orbita/notifications/rpc';
import { ActorSigner, RpcClient } from '@orbita/messaging';
import { testActorKeys, uniqueRunId } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { NotificationsUnderTest, person, waitFor } from '../test/notifications-under-test';

/** The notifications service as deployed, on the real PostgreSQL and NATS, mailing an in-process SMTP server. */
describe('notifications service (real PostgreSQL, NATS and SMTP)', () => {
  const service = new NotificationsUnderTest(uniqueRunId('n'));
  const { publish, count, mailsOf, sentMailsOf } = service;
  let rpc: RpcClient;

  const schoolId = randomUUID();
  const otherSchoolId = randomUUID();
  const workId = randomUUID();
  const centreId = randomUUID();
  const people = {
    regionalA: person(['regional_staff'], centreId, 'rc.a@orbita.test'),
    regionalB: person(['regional_staff'], centreId, 'rc.b@orbita.test'),
    regionalWithoutEmail: person(['regional_staff'], centreId),
    coordinator: person(['school_coordinator'], schoolId, 'coord@school.test', schoolId),
    teacher: person(['teacher'], schoolId, 'teacher@school.test', schoolId),
    otherCoordinator: person(['school_coordinator'], otherSchoolId, 'coord@other.test', otherSchoolId),
  };

  beforeAll(async () => {
    await service.start({ MAIL_RETRY_BASE_MS: '50', MAIL_RETRY_MAX_MS: '200' }, 'notifications-test');
    rpc = new RpcClient(service.nats, {
      names: service.names,
      actors: ActorSigner.fromKey(testActorKeys().signingKey),
    });

    await publish(
      SCHOOL_REGISTERED_V1,
      {
        schoolId,
        municipalityId: randomUUID(),
        fullName: 'МАОУ Лицей № 1 г. Томска',
        shortName: 'Лицей № 1',
        active: true,
      },
      schoolId,
    );
    await publish(
      WORK_PUBLISHED_V1,
      {
        workId,
        version: 1,
        kind: 'intermediate',
        title: 'Математика, 7 класс',
        subject: 'math',
        grades: [7],
        schoolYear: 2024,
        windowFrom: '2025-03-01',
        windowTo: '2025-03-20',
        tasks: [{ number: 1, label: '1', maxScore: 2 }],
        levels: [],
        schoolIds: [schoolId, otherSchoolId],
      },
      workId,
    );
    for (const each of Object.values(people)) await publish(PERSON_REGISTERED_V1, each, each.personId);
    await waitFor(
      async () => (await count('SELECT count(*) FROM known_people')) === Object.keys(people).length,
      'people known',
    );
    await waitFor(async () => (await count('SELECT count(*) FROM known_works')) === 1, 'work known');
  });

  afterAll(() => service.stop(['registry', 'assessments', 'reporting']));

  it('tells every regional coordinator of a submitted protocol: a feed item each, one mail each with an address', async () => {
    const eventId = await submitProtocol();
    await waitFor(async () => service.smtp.mails.length >= 2, 'two mails');
    expect(service.smtp.mailsTo('rc.a@orbita.test')).toHaveLength(1);
    expect(service.smtp.mailsTo('rc.b@orbita.test')).toHaveLength(1);

    for (const regional of [people.regionalA, people.regionalB, people.regionalWithoutEmail]) {
      const feed = await listFeed(regional.personId);
      expect(feed.items).toHaveLength(1);
      expect(feed.items[0]).toMatchObject({
        kind: 'protocol_submitted',
        title: 'Протокол на проверку: Математика, 7 класс — Лицей № 1',
        readAt: null,
      });
      expect(feed.items[0].text).toContain('Участников: 25');
    }
    expect((await listFeed(people.coordinator.personId)).total).toBe(0);
    const [row] = await service.dataSource.query(
      'SELECT subject, text_body FROM outgoing_mails WHERE to_address = $1 AND event_id = $2',
      ['rc.a@orbita.test', eventId],
    );
    expect(row.subject).toBe('Протокол на проверку: Математика, 7 класс — Лицей № 1');
    expect(row.text_body).toContain('https://orbita.example/protocols/');
  });

  it('sends no second mail when the same event is delivered again', async () => {
    const submitted = submittedPayload();
    const protocolId = submitted.protocolId;
    const eventId = await publish(PROTOCOL_SUBMITTED_V1, submitted, protocolId);
    await waitFor(
      async () => (await mailsOf(eventId)) === 2 && (await sentMailsOf(eventId)) === 2,
      'first delivery mailed',
    );
    const mailsBefore = service.smtp.mails.length;

    // The same event again under another message id: what JetStream hands out after a lost ack.
    await publish(PROTOCOL_SUBMITTED_V1, submitted, protocolId, { eventId, asRedelivery: true });
    // A later event of the same protocol goes through the same lane, so once it is applied the copy was too.
    const marker = await publish(
      PROTOCOL_RETURNED_V1,
      { ...protocolPayload({ protocolId }), comment: 'Проверьте задание 1' },
      protocolId,
    );
    await waitFor(async () => (await sentMailsOf(marker)) === 1, 'marker mailed');

    expect(await mailsOf(eventId)).toBe(2);
    expect(await count('SELECT count(*) FROM notifications WHERE event_id = $1', [eventId])).toBe(3);
    expect(service.smtp.mails.length - mailsBefore).toBe(1);
    expect(service.smtp.mails.at(-1)!.to).toEqual(['coord@school.test']);
  });

  it('keeps the mails while SMTP is down and sends each exactly once when it is back', async () => {
    const before = service.smtp.mails.length;
    await service.smtp.stop();
    let eventId: string;
    try {
      eventId = await submitProtocol();
      await waitFor(
        async () =>
          (await count(
            `SELECT count(*) FROM outgoing_mails WHERE event_id = $1 AND attempts > 0 AND last_error IS NOT NULL`,
            [eventId],
          )) > 0,
        'a failed attempt recorded',
      );
      expect(
        await count(`SELECT count(*) FROM outgoing_mails WHERE event_id = $1 AND status = 'pending'`, [
          eventId,
        ]),
      ).toBe(2);
    } finally {
      await service.smtp.restart();
    }
    await waitFor(async () => (await sentMailsOf(eventId)) === 2, 'mails sent after the outage');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const arrived = service.smtp.mails.slice(before);
    expect(arrived.map((mail) => mail.to[0]).sort()).toEqual(['rc.a@orbita.test', 'rc.b@orbita.test']);
  });

  it('puts the notification in the feed but sends no mail to someone who turned that kind off', async () => {
    const preferences = await call(NOTIFICATIONS_RPC.updatePreferences, people.regionalA.personId, {
      items: [{ kind: 'protocol_submitted', email: false }],
    });
    expect(preferences.items.find((item) => item.kind === 'protocol_submitted')).toMatchObject({
      email: false,
      inApp: true,
    });
    expect(preferences.items.find((item) => item.kind === 'protocol_returned')).toMatchObject({
      email: true,
    });

    const eventId = await submitProtocol();
    await waitFor(async () => (await sentMailsOf(eventId)) === 1, 'mail to the other coordinator');
    expect(
      await service.dataSource.query('SELECT to_address FROM outgoing_mails WHERE event_id = $1', [eventId]),
    ).toEqual([{ to_address: 'rc.b@orbita.test' }]);
    const feed = await listFeed(people.regionalA.personId);
    expect(feed.items.filter((item) => item.kind === 'protocol_submitted')).toHaveLength(4);

    await call(NOTIFICATIONS_RPC.updatePreferences, people.regionalA.personId, {
      items: [{ kind: 'protocol_submitted', email: true }],
    });
  });

  it('follows people as the registry changes them: the deactivated hear nothing, the newly responsible do', async () => {
    await publish(
      PERSON_UPDATED_V1,
      { ...people.regionalB, active: false, version: 2, changedFields: ['active'] },
      people.regionalB.personId,
    );
    await publish(
      PERSON_UPDATED_V1,
      { ...people.teacher, roles: ['teacher', 'regional_staff'], version: 2, changedFields: ['roles'] },
      people.teacher.personId,
    );
    // A late copy of an older version changes nothing.
    const lateCopy = await publish(PERSON_REGISTERED_V1, people.regionalB, people.regionalB.personId);
    await waitFor(
      async () => (await count('SELECT count(*) FROM inbox WHERE event_id = $1', [lateCopy])) === 1,
      'late copy applied',
    );
    expect(
      await count(
        `SELECT count(*) FROM known_people WHERE (person_id = $1 AND NOT active) OR (person_id = $2 AND 'regional_staff' = ANY (roles))`,
        [people.regionalB.personId, people.teacher.personId],
      ),
    ).toBe(2);

    const eventId = await submitProtocol();
    await waitFor(async () => (await sentMailsOf(eventId)) === 2, 'mails of the event');
    expect(
      (
        await service.dataSource.query(
          'SELECT to_address FROM outgoing_mails WHERE event_id = $1 ORDER BY to_address',
          [eventId],
        )
      ).map((row: { to_address: string }) => row.to_address),
    ).toEqual(['rc.a@orbita.test', 'teacher@school.test']);
    expect(
      await count('SELECT count(*) FROM notifications WHERE event_id = $1 AND person_id = $2', [
        eventId,
        people.regionalB.personId,
      ]),
    ).toBe(0);
  });

  it('tells the school coordinator of their school only about returns and analytics', async () => {
    const returned = await publish(
      PROTOCOL_RETURNED_V1,
      { ...protocolPayload({}), comment: 'В строке 12 балл больше максимума' },
      randomUUID(),
    );
    const analytics = await publish(
      ANALYTICS_UPDATED_V1,
      { workId, schoolId, versionId: randomUUID(), participants: 25 },
      workId,
    );
    await waitFor(
      async () => (await sentMailsOf(returned)) + (await sentMailsOf(analytics)) === 2,
      'coordinator mails',
    );

    const feed = await listFeed(people.coordinator.personId);
    const returnedItem = feed.items.find(
      (item) => item.kind === 'protocol_returned' && item.text.includes('строке 12'),
    );
    expect(returnedItem).toBeDefined();
    expect(feed.items.find((item) => item.kind === 'analytics_updated')).toMatchObject({
      title: 'Аналитика обновлена: Математика, 7 класс',
      link: `/analytics/works/${workId}`,
    });
    expect((await listFeed(people.otherCoordinator.personId)).total).toBe(0);
  });

  it('does not tell the school "analytics updated" while the figures await review', async () => {
    const provisional = await publish(
      ANALYTICS_UPDATED_V1,
      { workId, schoolId, versionId: randomUUID(), participants: 25, provisional: true },
      workId,
    );
    await waitFor(
      async () =>
        (await count(`SELECT count(*) FROM inbox WHERE event_id = $1 AND consumer LIKE '%alerts'`, [
          provisional,
        ])) === 1,
      'provisional figures applied',
    );
    expect(await count('SELECT count(*) FROM notifications WHERE event_id = $1', [provisional])).toBe(0);
    expect(await count('SELECT count(*) FROM outgoing_mails WHERE event_id = $1', [provisional])).toBe(0);

    const accepted = await publish(
      ANALYTICS_UPDATED_V1,
      { workId, schoolId, versionId: randomUUID(), participants: 25, provisional: false },
      workId,
    );
    await waitFor(async () => (await sentMailsOf(accepted)) === 1, 'mail about accepted figures');
  });

  it('reminds the people responsible for a roadmap activity, and the coordinators of participating schools', async () => {
    await publish(
      PROGRAMME_PARTICIPATION_CHANGED_V1,
      {
        participationId: randomUUID(),
        change: 'added',
        programmeId: randomUUID(),
        programmeCode: 'sirius_partner_schools',
        schoolId,
        schoolYear: 2024,
        role: 'partner_school',
      },
      schoolId,
    );
    await waitFor(
      async () => (await count('SELECT count(*) FROM school_participations WHERE active')) === 1,
      'participation known',
    );
    const eventId = await publish(
      ROADMAP_ACTIVITY_DUE_SOON_V1,
      {
        activityId: randomUUID(),
        roadmapId: randomUUID(),
        windowEnd: '2025-03-20',
        daysLeft: 5,
        responsiblePersonIds: [people.regionalA.personId],
        responsibleRoles: ['school_coordinator'],
        missingDeliverableCount: 2,
      },
      randomUUID(),
    );
    await waitFor(async () => (await sentMailsOf(eventId)) === 2, 'reminders mailed');
    const recipients = await service.dataSource.query(
      'SELECT person_id FROM notifications WHERE event_id = $1 ORDER BY person_id',
      [eventId],
    );
    expect(recipients.map((row: { person_id: string }) => row.person_id)).toEqual(
      [people.regionalA.personId, people.coordinator.personId].sort(),
    );
    const [reminder] = (await listFeed(people.coordinator.personId, { kind: 'roadmap_due_soon' })).items;
    expect(reminder.text).toBe(
      'До срока мероприятия дорожной карты осталось 5 дней.\nСрок: 20.03.2025\nНе хватает документов: 2',
    );
  });

  it('mails an overdue reminder only while the deadline is at most 14 days past (the default); older ones go to the feed only', async () => {
    const overdue = (daysOverdue: number) =>
      publish(
        ROADMAP_ACTIVITY_OVERDUE_V1,
        {
          activityId: randomUUID(),
          roadmapId: randomUUID(),
          windowEnd: '2025-03-20',
          daysOverdue,
          responsiblePersonIds: [people.regionalA.personId],
          responsibleRoles: ['school_coordinator'],
          missingDeliverableCount: 1,
        },
        randomUUID(),
      );
    const old = await overdue(15);
    const recent = await overdue(14);
    await waitFor(async () => (await sentMailsOf(recent)) === 2, 'recent overdue reminders mailed');
    await waitFor(
      async () => (await count('SELECT count(*) FROM notifications WHERE event_id = $1', [old])) === 2,
      'old overdue reminders in the feed',
    );
    expect(await count('SELECT count(*) FROM outgoing_mails WHERE event_id = $1', [old])).toBe(0);
  });

  it("serves each person their own feed: unread filter and count, mark read; another person's notification is not found", async () => {
    const own = people.regionalA.personId;
    const unreadBefore = await call(NOTIFICATIONS_RPC.countUnread, own, {});
    const feed = await listFeed(own, { unread: true, pageSize: 2 });
    expect(feed.total).toBe(unreadBefore.unread);
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0].createdAt >= feed.items[1].createdAt).toBe(true);
    const target = feed.items[0];

    await expect(
      call(NOTIFICATIONS_RPC.markRead, people.coordinator.personId, { id: target.id }),
    ).rejects.toMatchObject({
      status: 404,
      code: 'NOTIFICATIONS.NOTIFICATION_NOT_FOUND',
    });
    await expect(call(NOTIFICATIONS_RPC.markRead, undefined, { id: target.id })).rejects.toMatchObject({
      status: 404,
    });

    const read = await call(NOTIFICATIONS_RPC.markRead, own, { id: target.id });
    expect(read.readAt).not.toBeNull();
    expect((await call(NOTIFICATIONS_RPC.markRead, own, { id: target.id })).readAt).toBe(read.readAt);
    expect((await call(NOTIFICATIONS_RPC.countUnread, own, {})).unread).toBe(unreadBefore.unread - 1);
    expect((await listFeed(own, { unread: true })).items.map((item) => item.id)).not.toContain(target.id);

    const marked = await call(NOTIFICATIONS_RPC.markAllRead, own, {});
    expect(marked.marked).toBe(unreadBefore.unread - 1);
    expect((await call(NOTIFICATIONS_RPC.countUnread, own, {})).unread).toBe(0);
    // Nobody else's feed moved.
    expect(
      (await call(NOTIFICATIONS_RPC.countUnread, people.coordinator.personId, {})).unread,
    ).toBeGreaterThan(0);
  });

  it('gives an account without a person an empty feed and refuses to store its preferences', async () => {
    expect(await listFeed(undefined)).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    expect(await call(NOTIFICATIONS_RPC.countUnread, undefined, {})).toEqual({ unread: 0 });
    await expect(
      call(NOTIFICATIONS_RPC.updatePreferences, undefined, {
        items: [{ kind: 'protocol_submitted', email: false }],
      }),
    ).rejects.toMatchObject({ status: 409, code: 'NOTIFICATIONS.ACCOUNT_WITHOUT_PERSON' });
    await expect(
      call(NOTIFICATIONS_RPC.updatePreferences, people.regionalA.personId, {
        items: [{ kind: 'nonsense', email: false }],
      }),
    ).rejects.toMatchObject({
      status: 400,
    });
  });

  // ------------------------------------------------------------------ helpers

  function protocolPayload({ protocolId = randomUUID() }: { protocolId?: string }) {
    return {
      protocolId,
      versionId: randomUUID(),
      versionNumber: 1,
      workId,
      workVersion: 1,
      schoolId,
      actorId: randomUUID(),
      at: new Date().toISOString(),
    };
  }

  function submittedPayload() {
    return { ...protocolPayload({}), rowCount: 25, chunkCount: 1 };
  }

  function submitProtocol(): Promise<string> {
    const payload = submittedPayload();
    return publish(PROTOCOL_SUBMITTED_V1, payload, payload.protocolId);
  }

  function call<Req extends object, Res>(
    contract: RpcContract<Req, Res>,
    personId: string | undefined,
    body: Req,
  ): Promise<Res> {
    const actor: Actor = { userId: randomUUID(), role: 'regional_coordinator', schoolId: null, personId };
    return rpc.request(contract, body, { actor });
  }

  function listFeed(
    personId: string | undefined,
    query: ListNotificationsQuery = {},
  ): Promise<Page<NotificationView>> {
    return call(NOTIFICATIONS_RPC.listNotifications, personId, query);
  }
});
