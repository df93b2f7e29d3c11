import { MISMATCHES_FOUND_V1, PERSON_REGISTERED_V1, SCHOOL_REGISTERED_V1 } from '@orbita/contracts';
import { uniqueRunId } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { NotificationsUnderTest, person, waitFor } from '../test/notifications-under-test';

/** Reconciliation with the Sirius.Schools platform, as the notifications service tells a school of it (real PostgreSQL, NATS, SMTP). */
describe('notifications of the integration service', () => {
  const service = new NotificationsUnderTest(uniqueRunId('ni'));
  const { publish, count, mailsOf } = service;

  const schoolA = randomUUID();
  const schoolB = randomUUID();
  const people = {
    coordinatorA: person(['school_coordinator'], schoolA, 'coord@a.test', schoolA),
    coordinatorB: person(['school_coordinator'], schoolB, 'coord@b.test', schoolB),
  };

  beforeAll(async () => {
    await service.start({}, 'platform-notifications-test');
    for (const [schoolId, shortName] of [
      [schoolA, 'Лицей № 1'],
      [schoolB, 'Гимназия № 2'],
    ])
      await publish(
        SCHOOL_REGISTERED_V1,
        { schoolId, municipalityId: randomUUID(), fullName: `МАОУ ${shortName}`, shortName, active: true },
        schoolId,
      );
    for (const each of Object.values(people)) await publish(PERSON_REGISTERED_V1, each, each.personId);
    await waitFor(async () => (await count('SELECT count(*) FROM known_people')) === 2, 'people known');
    await waitFor(async () => (await count('SELECT count(*) FROM known_schools')) === 2, 'schools known');
  });

  afterAll(() => service.stop(['registry', 'integration']));

  it('tells the school’s coordinators, and no other school’s, of new mismatches with the platform, once per event', async () => {
    const reconciliationId = randomUUID();
    const payload = { schoolId: schoolA, reconciliationId, newMismatches: 3, openMismatches: 5 };
    const eventId = await publish(MISMATCHES_FOUND_V1, payload, schoolA);
    await publish(MISMATCHES_FOUND_V1, payload, schoolA, { eventId, asRedelivery: true });
    await waitFor(async () => (await mailsOf(eventId)) === 1, 'mail to the school');

    const feed = await service.dataSource.query<Array<{ kind: string; title: string; text: string; link: string }>>(
      'SELECT kind, title, text, link FROM notifications WHERE person_id = $1',
      [people.coordinatorA.personId],
    );
    expect(feed).toEqual([
      {
        kind: 'platform_mismatches_found',
        title: 'Сверка с «Сириус.Школами»: 3 расхождения',
        text:
          'Списки классов вашей школы расходятся с данными платформы «Сириус.Школы». Откройте отчёт о расхождениях и подтвердите или отклоните каждое.\n' +
          'Школа: Лицей № 1\nНовых расхождений: 3\nВсего ждут решения: 5',
        link: '/integration',
      },
    ]);
    expect(
      await count('SELECT count(*) FROM notifications WHERE person_id = $1', [people.coordinatorB.personId]),
    ).toBe(0);
  });
});
