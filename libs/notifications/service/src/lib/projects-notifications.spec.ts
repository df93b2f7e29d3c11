import {
  CREDIT_FACT_VERIFIED_V1,
  EXPERT_ASSIGNED_V1,
  PERSON_REGISTERED_V1,
  RESULTS_PUBLISHED_V1,
  SCHOOL_REGISTERED_V1,
  SHEET_SUBMITTED_V1,
  STAGE_CLOSED_V1,
  STUDIO_APPLICATION_DECIDED_V1,
  WORK_NOMINATED_V1,
} from '@orbita/contracts';
import { FeedClock, SheetsReminder } from '@orbita/notifications/feed';
import { uniqueRunId } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { NotificationsUnderTest, person, waitFor } from '../test/notifications-under-test';

interface FeedRow {
  kind: string;
  title: string;
  text: string;
  link: string;
}

/** The projects service's events as the notifications service tells people of them (real PostgreSQL, NATS, SMTP). */
describe('notifications of the projects service', () => {
  const service = new NotificationsUnderTest(uniqueRunId('np'));
  const { publish, count, mailsOf, sentMailsOf } = service;

  const schoolA = randomUUID();
  const schoolB = randomUUID();
  const seasonId = randomUUID();
  const people = {
    expert: person(['expert'], randomUUID(), 'expert@orbita.test'),
    coordinatorA: person(['school_coordinator'], schoolA, 'coord@a.test', schoolA),
    coordinatorB: person(['school_coordinator'], schoolB, 'coord@b.test', schoolB),
  };

  beforeAll(async () => {
    await service.start({ NOTIFICATIONS_SHEETS_CHECK_INTERVAL_MS: '0' }, 'projects-notifications-test');

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
    await waitFor(async () => (await count('SELECT count(*) FROM known_people')) === 3, 'people known');
    await waitFor(async () => (await count('SELECT count(*) FROM known_schools')) === 2, 'schools known');
  });

  afterAll(() => service.stop(['registry', 'projects']));

  it('tells an expert of the works assigned to them, by feed and mail, once however often the event comes', async () => {
    const stageId = randomUUID();
    const payload = assigned(stageId, [randomUUID(), randomUUID()], '2026-03-30');
    const eventId = await publish(EXPERT_ASSIGNED_V1, payload, stageId);
    await publish(EXPERT_ASSIGNED_V1, payload, stageId, { eventId, asRedelivery: true });
    await waitFor(async () => (await sentMailsOf(eventId)) === 1, 'mail to the expert');

    const [item, ...more] = await feedOf(people.expert.personId, 'project_works_assigned');
    expect(more).toEqual([]);
    expect(item).toEqual({
      kind: 'project_works_assigned',
      title: 'Вам назначены работы для оценки: 2 работы',
      text:
        'Региональный центр назначил вам работы для экспертизы (школьный этап). Заполните и отправьте лист оценки по каждой работе до окончания этапа.\n' +
        'Назначено работ: 2\nЭтап: школьный этап\nЭтап заканчивается: 30.03.2026',
      link: '/expert-sheets',
    });
    expect(service.smtp.mailsTo('expert@orbita.test').length).toBeGreaterThanOrEqual(1);
    expect(await mailsOf(eventId)).toBe(1);
  });

  it('reminds an expert of unsubmitted sheets days before the stage ends, once, and never at a closed stage', async () => {
    const reminder = service.app.get(SheetsReminder);
    jest.spyOn(service.app.get(FeedClock), 'now').mockReturnValue(new Date('2026-04-10T05:00:00Z'));
    const [open, closed, later] = [randomUUID(), randomUUID(), randomUUID()];
    const [done, pending] = [randomUUID(), randomUUID()];
    await publish(EXPERT_ASSIGNED_V1, assigned(open, [done, pending, randomUUID()], '2026-04-12'), open);
    await publish(SHEET_SUBMITTED_V1, submitted(open, done, schoolA), done);
    await publish(EXPERT_ASSIGNED_V1, assigned(closed, [randomUUID()], '2026-04-11'), closed);
    await publish(STAGE_CLOSED_V1, stageClosed(closed), closed);
    await publish(EXPERT_ASSIGNED_V1, assigned(later, [randomUUID()], '2026-04-30'), later);
    await waitFor(
      async () =>
        (await count('SELECT count(*) FROM project_assignments WHERE submitted')) === 1 &&
        (await count('SELECT count(*) FROM project_closed_stages')) === 1 &&
        (await count('SELECT count(*) FROM project_assignments WHERE stage_id = $1', [later])) === 1,
      'assignments known',
    );

    expect(await reminder.check()).toBe(1);
    expect(await reminder.check()).toBe(0);
    const [item, ...more] = await feedOf(people.expert.personId, 'project_sheets_due_soon');
    expect(more).toEqual([]);
    expect(item.title).toBe('Скоро закрытие этапа: 12.04.2026');
    expect(item.text).toBe(
      'До окончания этапа осталось 2 дня, а не все ваши листы оценки отправлены.\n' +
        'Этап: школьный этап\nЭтап заканчивается: 12.04.2026\nНе отправлено листов оценки: 2',
    );
    await waitFor(
      async () =>
        (await count(
          `SELECT count(*) FROM outgoing_mails WHERE to_address = 'expert@orbita.test' AND subject = $1 AND status = 'sent'`,
          [item.title],
        )) === 1,
      'reminder mailed',
    );
  });

  it('tells each school whose works a stage judged of its results, with its own works judged and awarded', async () => {
    const stageId = randomUUID();
    const [a1, a2, b1] = [randomUUID(), randomUUID(), randomUUID()];
    for (const [workId, schoolId] of [
      [a1, schoolA],
      [a2, schoolA],
      [b1, schoolB],
    ])
      await publish(SHEET_SUBMITTED_V1, submitted(stageId, workId, schoolId), workId);
    await waitFor(
      async () =>
        (await count('SELECT count(*) FROM project_judged_works WHERE stage_id = $1', [stageId])) === 3,
      'judged works known',
    );
    const eventId = await publish(
      RESULTS_PUBLISHED_V1,
      { stageId, seasonId, schoolYear: 2025, kind: 'school', awardedWorkIds: [a2] },
      stageId,
    );
    await waitFor(
      async () => (await count('SELECT count(*) FROM notifications WHERE event_id = $1', [eventId])) === 2,
      'two schools told',
    );

    const [ofA] = await feedOf(people.coordinatorA.personId, 'project_results_published');
    expect(ofA.title).toBe('Опубликованы результаты: школьный этап 2025/26');
    expect(ofA.text).toContain('Школа: Лицей № 1\nОценено работ школы: 2\nИз них награждено: 1');
    const [ofB] = await feedOf(people.coordinatorB.personId, 'project_results_published');
    expect(ofB.text).toContain('Школа: Гимназия № 2\nОценено работ школы: 1\nИз них награждено: 0');
    expect(await feedOf(people.expert.personId, 'project_results_published')).toEqual([]);
  });

  it('tells a school’s coordinators of its nominations, its studio application’s decision and its verified facts', async () => {
    const finalStageId = randomUUID();
    const nominated = await publish(
      WORK_NOMINATED_V1,
      { finalStageId, seasonId, schoolYear: 2025, schoolId: schoolA, workIds: [randomUUID(), randomUUID()] },
      finalStageId,
    );
    const applicationId = randomUUID();
    await publish(
      STUDIO_APPLICATION_DECIDED_V1,
      { applicationId, cycleId: randomUUID(), schoolId: schoolA, outcome: 'returned' },
      applicationId,
    );
    const factId = randomUUID();
    await publish(
      CREDIT_FACT_VERIFIED_V1,
      {
        factId,
        studioId: randomUUID(),
        cycleId: randomUUID(),
        schoolId: schoolA,
        indicatorId: 'olympiad',
        outcome: 'accepted',
      },
      factId,
    );
    await waitFor(
      async () =>
        (await count('SELECT count(*) FROM notifications WHERE person_id = $1', [
          people.coordinatorA.personId,
        ])) >= 4,
      'school told',
    );

    const titles = (await feedOf(people.coordinatorA.personId)).map((item) => `${item.kind}: ${item.title}`);
    expect(titles).toEqual(
      expect.arrayContaining([
        'project_works_nominated: На заключительный этап выдвинуто: 2 работы',
        'studio_application_decided: Заявка на студию возвращена на доработку',
        'credit_fact_verified: Факт регионального зачёта принят',
      ]),
    );
    expect(await mailsOf(nominated)).toBe(1);
    expect(
      await count('SELECT count(*) FROM notifications WHERE person_id = $1', [people.coordinatorB.personId]),
    ).toBe(1);
  });

  function assigned(stageId: string, workIds: string[], stageEndsOn: string) {
    return {
      expertPersonId: people.expert.personId,
      stageId,
      seasonId,
      stageKind: 'school' as const,
      stageEndsOn,
      workIds,
      automatic: true,
    };
  }

  function submitted(stageId: string, workId: string, schoolId: string) {
    return {
      sheetId: randomUUID(),
      workId,
      stageId,
      stageKind: 'school' as const,
      schoolId,
      expertPersonId: people.expert.personId,
      rubricVersionId: randomUUID(),
      submission: 1,
    };
  }

  function stageClosed(stageId: string) {
    return { stageId, seasonId, schoolYear: 2025, kind: 'school' as const, workCount: 1, sheetCount: 1 };
  }

  function feedOf(personId: string, kind?: string): Promise<FeedRow[]> {
    return service.dataSource.query(
      `SELECT kind, title, text, link FROM notifications WHERE person_id = $1 AND ($2::text IS NULL OR kind = $2)
       ORDER BY created_at, id`,
      [personId, kind ?? null],
    );
  }
});
