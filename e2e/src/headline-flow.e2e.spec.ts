import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { ASSESSMENTS_SERVICE, AssessmentsConfig } from '@orbita/assessments/service';
import { seedAssessmentsDemoData } from '../../tools/seeds/assessments-demo';
import type { ParticipantCodeView, ProtocolView, UploadedProtocolView } from '@orbita/assessments/rpc';
import type { Page } from '@orbita/contracts';
import type { PersonView, SchoolView } from '@orbita/registry/rpc';
import type { SchoolAnalyticsView, TaskDifficultyView, WorkAnalyticsView } from '@orbita/reporting/rpc';
import type { NotificationView } from '@orbita/notifications/rpc';
import { NOTIFICATIONS_SERVICE, NotificationsConfig } from '@orbita/notifications/service';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import { REPORTING_SERVICE, ReportingConfig } from '@orbita/reporting/service';
import { TestSmtpServer } from '@orbita/testing';
import iconv from 'iconv-lite';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { eventually } from './support/eventually';
import { multipart } from './support/multipart';
import { TestPlatform } from './support/platform';

const MATH_7 = '5b0d6c1e-7a2f-4c39-9e51-2d4a7f0b1c01';

/** A registry person with an account of the gateway linked to them (their feed is that person's). */
interface Member {
  person: PersonView;
  token: string;
}

interface ProtocolLine {
  code: string;
  classLabel: string;
  /** Per task of the math 7 blueprint (maxima 1 1 1 2 2 2 3 3). */
  scores: number[];
}

/** The protocol as a school exports it from Excel: Windows-1251, `;`, decimal commas, Russian headers. */
function cp1251Csv(
  lines: ProtocolLine[],
  total = (line: ProtocolLine) => line.scores.reduce((sum, score) => sum + score, 0),
): Buffer {
  const number = (value: number) => String(value).replace('.', ',');
  const header = [
    'Код участника',
    'Класс',
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((task) => `З${task}`),
    'Итого',
  ].join(';');
  const rows = lines.map((line) =>
    [line.code, line.classLabel, ...line.scores.map(number), number(total(line))].join(';'),
  );
  return iconv.encode(`${[header, ...rows].join('\r\n')}\r\n`, 'win1251');
}

const meanOf = (lines: ProtocolLine[]) =>
  Math.round(
    (lines.reduce((sum, line) => sum + line.scores.reduce((a, b) => a + b, 0), 0) / lines.length) * 100,
  ) / 100;

/**
 * Issue 4, the headline flow, through the gateway with every service of it running on the real PostgreSQL,
 * NATS and an SMTP server: a school's protocol upload → assessments stores it with its events → reporting's
 * analytics → notifications' feed and e-mail; consumers down during the upload catch up exactly once; a bad
 * file leaves no trace; a resubmission replaces the earlier version; schools do not see each other.
 */
describe('the headline flow: protocol → analytics → notifications (demo region)', () => {
  let smtp: TestSmtpServer;
  let platform: TestPlatform;
  let nats: NatsConnection;
  let jsm: JetStreamManager;
  let database: Client;
  /** The two demo regional staff (regional coordinator accounts); the first reviews protocols. */
  let regional: Member[];
  /** Three schools with their demo coordinators (school coordinator accounts) and issued codes. */
  let schools: { school: SchoolView; coordinator: Member; codes: string[] }[];
  let protocolA: ProtocolView;
  let protocolB: ProtocolView;
  /** Mails before the first upload (the demo roadmap's deadline reminders): the scenarios count the ones after. */
  let mailsBefore: number;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    platform = await TestPlatform.start([
      { definition: REGISTRY_SERVICE, config: RegistryConfig, seed: seedRegistryDemoData },
      { definition: ASSESSMENTS_SERVICE, config: AssessmentsConfig, seed: seedAssessmentsDemoData },
      { definition: REPORTING_SERVICE, config: ReportingConfig },
      {
        definition: NOTIFICATIONS_SERVICE,
        config: NotificationsConfig,
        env: { SMTP_URL: smtp.url, MAIL_POLL_INTERVAL_MS: '100' },
      },
    ]);
    nats = await connect({ servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222' });
    jsm = await jetstreamManager(nats);
    database = new Client({ connectionString: platform.database.url });
    await database.connect();

    const centre = await platform.gateway.tokenFor('regional_coordinator');
    const people = async (query: string) =>
      (await platform.request('GET', `/people?pageSize=100&sort=surname&${query}`, centre)).json<
        Page<PersonView>
      >().items;
    const member = async (
      person: PersonView,
      role: 'regional_coordinator' | 'school_coordinator',
    ): Promise<Member> => {
      const account = await platform.gateway.createAccount({
        role,
        personId: person.id,
        schoolId: person.schoolId ?? undefined,
      });
      return { person, token: await platform.gateway.tokenFor(account) };
    };
    regional = await Promise.all(
      (await people('role=regional_staff')).map((person) => member(person, 'regional_coordinator')),
    );
    const coordinators = (await people('role=school_coordinator')).filter(
      (person) => person.email && person.schoolId,
    );
    const allSchools = (await platform.request('GET', '/schools?pageSize=50&sort=shortName', centre)).json<
      Page<SchoolView>
    >().items;
    schools = await Promise.all(
      allSchools.slice(0, 3).map(async (school) => {
        const coordinator = await member(
          coordinators.find((person) => person.schoolId === school.id)!,
          'school_coordinator',
        );
        const issued = await platform.request(
          'GET',
          `/works/${MATH_7}/participant-codes?pageSize=100`,
          coordinator.token,
        );
        return {
          school,
          coordinator,
          codes: issued.json<Page<ParticipantCodeView>>().items.map((code) => code.code),
        };
      }),
    );
    // Notifications knows the people (registry events) before anything is uploaded.
    await settled();
    mailsBefore = smtp.mails.length;
  }, 120_000);

  afterAll(async () => {
    await database?.end();
    await nats?.close();
    await platform?.stop();
    await smtp?.stop();
  });

  const upload = async (member: Member, file: Buffer, fields: Record<string, string> = {}) => {
    const body = multipart(
      { workId: MATH_7, submit: 'true', ...fields },
      { name: 'протокол.csv', content: file },
    );
    return platform.request('POST', '/protocols', member.token, body.payload, body.headers);
  };
  const schoolAnalytics = (member: Member, schoolId: string) =>
    platform.request('GET', `/analytics/works/${MATH_7}/schools/${schoolId}`, member.token);
  const feed = async (member: Member, kind?: NotificationView['kind']) =>
    (
      await platform.request('GET', `/notifications?pageSize=100${kind ? `&kind=${kind}` : ''}`, member.token)
    ).json<Page<NotificationView>>();
  const feedAbout = async (member: Member, kind: NotificationView['kind'], protocolOrWorkId: string) =>
    (await feed(member, kind)).items.filter((item) => item.link.includes(protocolOrWorkId));
  const mailsTo = (member: Member) =>
    smtp.mails.slice(mailsBefore).filter((mail) => mail.to.includes(member.person.email!));
  const assessmentsStreamMessages = async () =>
    (await jsm.streams.info(`${platform.prefix}_ASSESSMENTS`)).state.messages;

  /** Analytics of the school once they come from `versionId` (the school's own coordinator asks). */
  const analyticsOf = (member: Member, schoolId: string, versionId: string) =>
    eventually(`analytics of version ${versionId}`, async () => {
      const response = await schoolAnalytics(member, schoolId);
      const view = response.statusCode === 200 ? response.json<SchoolAnalyticsView>() : undefined;
      return view?.versionIds.includes(versionId) && view;
    });

  /**
   * Nothing is on its way any more: no outbox row waits, every durable consumer of the run has taken and
   * acknowledged everything, no mail is queued — three polls in a row (an event may be between two of them).
   */
  async function settled(timeoutMs = 10_000): Promise<void> {
    let quietPolls = 0;
    await eventually(
      'events and mails settled',
      async () => {
        const [{ waiting }] = (
          await database.query(
            `SELECT (SELECT count(*) FROM assessments.outbox) + (SELECT count(*) FROM reporting.outbox) + (SELECT count(*) FROM registry.outbox)
                  + (SELECT count(*) FROM notifications.outgoing_mails WHERE status = 'pending') AS waiting`,
          )
        ).rows;
        let busy = Number(waiting) > 0;
        for await (const stream of jsm.streams.list()) {
          if (!stream.config.name.startsWith(`${platform.prefix}_`)) continue;
          for await (const consumer of jsm.consumers.list(stream.config.name))
            busy ||= consumer.num_pending + consumer.num_ack_pending > 0;
        }
        quietPolls = busy ? 0 : quietPolls + 1;
        return quietPolls >= 3;
      },
      timeoutMs,
    );
  }

  const linesA: ProtocolLine[] = [];
  const linesB: ProtocolLine[] = [];

  it('1. a Windows-1251 protocol uploaded by a school → stored → provisional analytics, a notification and e-mails within seconds', async () => {
    const [a] = schools;
    linesA.push(
      { code: a.codes[0], classLabel: '7А', scores: [1, 1, 1, 2, 2, 2, 3, 3] },
      { code: a.codes[1], classLabel: '7А', scores: [0, 0.5, 1, 0, 1, 1, 0, 0] },
      { code: a.codes[2], classLabel: '7Б', scores: [1, 1, 1, 1, 1, 1, 1, 1.5] },
    );
    const posted = Date.now();
    const response = await upload(a.coordinator, cp1251Csv(linesA));
    expect(response.statusCode).toBe(201);
    protocolA = response.json<UploadedProtocolView>().protocol;
    expect(protocolA).toMatchObject({
      status: 'submitted',
      schoolId: a.school.id,
      currentVersion: { number: 1, rowCount: 3, fileFormat: 'csv' },
    });
    const stored = await platform.request(
      'GET',
      `/protocols/${protocolA.id}/rows?sort=row`,
      a.coordinator.token,
    );
    expect(
      stored.json<Page<{ participantCode: string; scores: number[] }>>().items.map((row) => row.scores),
    ).toEqual(linesA.map((line) => line.scores));

    const analytics = await analyticsOf(a.coordinator, a.school.id, protocolA.currentVersion.id);
    expect(analytics.figures).toMatchObject({ participants: 3, mean: meanOf(linesA), min: 3.5, max: 15 });
    expect(meanOf(linesA)).toBe(9);
    expect(analytics).toMatchObject({ provisional: true, regionProvisionalSchools: 1 });
    expect(analytics.classes.map((group) => [group.classLabel, group.figures.participants])).toEqual([
      ['7А', 2],
      ['7Б', 1],
    ]);

    const [reviewer, colleague] = regional;
    const [item] = await eventually('the regional coordinator’s notification', async () => {
      const items = await feedAbout(reviewer, 'protocol_submitted', protocolA.id);
      return items.length > 0 && items;
    });
    expect(item).toMatchObject({ readAt: null, link: `/protocols/${protocolA.id}` });
    expect(item.title).toContain(a.school.shortName);
    await eventually(
      'e-mails to both regional staff',
      async () => mailsTo(reviewer).length > 0 && mailsTo(colleague).length > 0,
    );
    expect(await feedAbout(colleague, 'protocol_submitted', protocolA.id)).toHaveLength(1);
    expect(Date.now() - posted).toBeLessThan(5_000);

    await settled();
    expect(await feedAbout(reviewer, 'protocol_submitted', protocolA.id)).toHaveLength(1);
    // The school hears "analytics updated" only once the regional centre accepts its protocol (step 3).
    expect(await feedAbout(a.coordinator, 'analytics_updated', MATH_7)).toHaveLength(0);
    expect(
      [mailsTo(reviewer), mailsTo(colleague), mailsTo(a.coordinator)].map((mails) => mails.length),
    ).toEqual([1, 1, 0]);
  });

  it('2. with reporting and notifications down during the upload, both catch up once they are back — exactly once', async () => {
    const [, b] = schools;
    linesB.push(
      { code: b.codes[0], classLabel: '7В', scores: [1, 0, 1, 2, 0, 2, 1, 3] },
      { code: b.codes[1], classLabel: '7В', scores: [1, 1, 0, 1, 2, 1, 2, 2] },
      { code: b.codes[2], classLabel: '7В', scores: [0, 0, 0, 0, 1, 0, 0, 0] },
      { code: b.codes[3], classLabel: '7Г', scores: [1, 1, 1, 2, 2, 2, 3, 2] },
    );
    await platform.stopService(REPORTING_SERVICE.name);
    await platform.stopService(NOTIFICATIONS_SERVICE.name);
    const streamBefore = await assessmentsStreamMessages();
    const mailCount = smtp.mails.length;

    const response = await upload(b.coordinator, cp1251Csv(linesB));
    expect(response.statusCode).toBe(201);
    protocolB = response.json<UploadedProtocolView>().protocol;
    // The events wait in JetStream: one chunk of rows and the submission.
    await eventually(
      'the submission in the stream',
      async () => (await assessmentsStreamMessages()) === streamBefore + 2,
    );
    expect((await schoolAnalytics(b.coordinator, b.school.id)).statusCode).toBe(503);
    expect(smtp.mails.length).toBe(mailCount);

    await platform.startService(REPORTING_SERVICE.name);
    await platform.startService(NOTIFICATIONS_SERVICE.name);
    const analytics = await analyticsOf(b.coordinator, b.school.id, protocolB.currentVersion.id);
    expect(analytics.figures).toMatchObject({ participants: 4, mean: meanOf(linesB) });
    await eventually(
      'notifications after the restart',
      async () => (await feedAbout(regional[0], 'protocol_submitted', protocolB.id)).length > 0,
    );

    await settled();
    for (const member of regional) {
      expect(await feedAbout(member, 'protocol_submitted', protocolB.id)).toHaveLength(1);
      expect(mailsTo(member)).toHaveLength(2);
    }
    expect(await feedAbout(b.coordinator, 'analytics_updated', MATH_7)).toHaveLength(0);
    expect(mailsTo(b.coordinator)).toHaveLength(0);
    expect(smtp.mails.length).toBe(mailCount + 2);
    expect(new Set(smtp.mails.map((mail) => mail.messageId)).size).toBe(smtp.mails.length);
    const work = (
      await platform.request('GET', `/analytics/works/${MATH_7}`, regional[0].token)
    ).json<WorkAnalyticsView>();
    expect(work.region.participants).toBe(7);
    expect(work.provisionalSchools).toBe(2);
    expect(work.schools.map((school) => [school.schoolId, school.participants]).sort()).toEqual(
      [
        [schools[0].school.id, 3],
        [schools[1].school.id, 4],
      ].sort(),
    );
  });

  it('3. a file with bad rows → 422 with the row-level report; nothing stored, no event, no analytics, no notification', async () => {
    const [, , c] = schools;
    const protocolsBefore = (
      await platform.request('GET', `/protocols?workId=${MATH_7}`, regional[0].token)
    ).json<Page<ProtocolView>>().total;
    const streamBefore = await assessmentsStreamMessages();
    const feedBefore = (await feed(regional[0])).total;
    const uploadId = randomUUID();
    const bad = cp1251Csv(
      [
        { code: c.codes[0], classLabel: '7А', scores: [1, 1, 1, 2, 2, 2, 3, 4] },
        { code: 'НЕ-ВЫДАН', classLabel: '7А', scores: [1, 1, 1, 1, 1, 1, 1, 1] },
        { code: c.codes[1], classLabel: '7А', scores: [1, 1, 1, 1, 1, 1, 1, 1] },
      ],
      (line) => (line.code === c.codes[1] ? 99 : line.scores.reduce((sum, score) => sum + score, 0)),
    );

    const response = await upload(c.coordinator, bad, { uploadId });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'ASSESSMENTS.PROTOCOL_INVALID',
      rowCount: 3,
      problemCount: 3,
      problems: [
        { row: 2, column: 'З8', value: '4', code: 'SCORE_OUT_OF_RANGE' },
        { row: 3, column: 'Код участника', value: 'НЕ-ВЫДАН', code: 'CODE_UNKNOWN' },
        { row: 4, column: 'Итого', value: '99', code: 'TOTAL_MISMATCH' },
      ],
    });
    expect(
      (await platform.request('GET', `/protocol-uploads/${uploadId}`, c.coordinator.token)).json(),
    ).toMatchObject({ phase: 'rejected' });
    expect(
      (await platform.request('GET', `/protocols?workId=${MATH_7}`, regional[0].token)).json<
        Page<ProtocolView>
      >().total,
    ).toBe(protocolsBefore);

    // A marker through the same outbox: once it is in the stream, an event of the bad upload would be too.
    const accepted = await platform.request('POST', `/protocols/${protocolB.id}/accept`, regional[0].token);
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    await eventually(
      'the acceptance in the stream',
      async () => (await assessmentsStreamMessages()) > streamBefore,
    );
    await settled();
    expect(await assessmentsStreamMessages()).toBe(streamBefore + 1);
    expect((await feed(regional[0])).total).toBe(feedBefore);
    expect((await schoolAnalytics(c.coordinator, c.school.id)).json<SchoolAnalyticsView>()).toMatchObject({
      versionIds: [],
      figures: { participants: 0 },
    });
    // Accepted, school B's figures are final, and now its coordinator is told the analytics are updated.
    expect(await feedAbout(schools[1].coordinator, 'analytics_updated', MATH_7)).toHaveLength(1);
    expect((await schoolAnalytics(schools[1].coordinator, schools[1].school.id)).json()).toMatchObject({
      provisional: false,
      regionProvisionalSchools: 1,
    });
  });

  it('4. a protocol returned and resubmitted → the analytics reflect only the new version', async () => {
    const [a] = schools;
    const returned = await platform.request('POST', `/protocols/${protocolA.id}/return`, regional[0].token, {
      comment: 'Проверьте баллы 7Б',
    });
    expect(returned.json()).toMatchObject({ status: 'returned' });
    await eventually(
      'the school hears of the return',
      async () => (await feedAbout(a.coordinator, 'protocol_returned', protocolA.id)).length === 1,
    );
    // The returned version leaves the school's and the region's figures at once, before any resubmission.
    const withoutA = await eventually('the returned version out of the figures', async () => {
      const view = (
        await platform.request('GET', `/analytics/works/${MATH_7}`, regional[0].token)
      ).json<WorkAnalyticsView>();
      return view.region.participants === linesB.length && view;
    });
    expect(withoutA.schools.map((school) => school.schoolId)).toEqual([schools[1].school.id]);
    expect(withoutA.provisionalSchools).toBe(0);

    const corrected: ProtocolLine[] = [
      { code: a.codes[0], classLabel: '7А', scores: [1, 1, 1, 2, 2, 2, 3, 2] },
      { code: a.codes[3], classLabel: '7В', scores: [1, 0, 0, 1, 0, 1, 0, 0] },
    ];
    const response = await upload(a.coordinator, cp1251Csv(corrected));
    expect(response.statusCode).toBe(201);
    const resubmitted = response.json<UploadedProtocolView>().protocol;
    expect(resubmitted).toMatchObject({
      id: protocolA.id,
      status: 'submitted',
      currentVersion: { number: 2, replacesVersionId: protocolA.currentVersion.id },
    });

    const analytics = await analyticsOf(a.coordinator, a.school.id, resubmitted.currentVersion.id);
    expect(analytics.versionIds).toEqual([resubmitted.currentVersion.id]);
    expect(analytics.figures).toMatchObject({ participants: 2, mean: meanOf(corrected), min: 3, max: 14 });
    expect(analytics.classes.map((group) => group.classLabel)).toEqual(['7А', '7В']);
    expect(analytics.region.participants).toBe(2 + linesB.length);
    expect(analytics.provisional).toBe(true);

    await settled();
    const resubmissions = await feedAbout(regional[0], 'protocol_submitted', protocolA.id);
    expect(resubmissions).toHaveLength(2);
    expect(mailsTo(regional[0])).toHaveLength(3);
  });

  it('5. a school coordinator cannot read another school’s protocol, its rows or its analytics (404)', async () => {
    const [a, b] = schools;
    for (const url of [
      `/protocols/${protocolA.id}`,
      `/protocols/${protocolA.id}/rows`,
      `/protocols/${protocolA.id}/versions`,
    ]) {
      expect([url, (await platform.request('GET', url, b.coordinator.token)).statusCode]).toEqual([url, 404]);
    }
    expect(
      (await platform.request('GET', `/protocols?workId=${MATH_7}`, b.coordinator.token))
        .json<Page<ProtocolView>>()
        .items.map((p) => p.id),
    ).toEqual([protocolB.id]);
    expect((await schoolAnalytics(b.coordinator, a.school.id)).statusCode).toBe(404);
    const work = (
      await platform.request('GET', `/analytics/works/${MATH_7}`, b.coordinator.token)
    ).json<WorkAnalyticsView>();
    expect(work.schools.map((school) => school.schoolId)).toEqual([b.school.id]);
    // The region's aggregates stay visible: both schools' participants, no one's rows.
    expect(work.region.participants).toBe(6);
    // Another school's task ranking is out of scope: 404, like every other record of another school.
    const foreignTasks = `/analytics/works/${MATH_7}/tasks?schoolId=${a.school.id}`;
    expect((await platform.request('GET', foreignTasks, b.coordinator.token)).statusCode).toBe(404);
    // Its own: B's solved shares beside the region's (task 1: 3 of 4 solved).
    const tasks = await platform.request(
      'GET',
      `/analytics/works/${MATH_7}/tasks?schoolId=${b.school.id}`,
      b.coordinator.token,
    );
    expect(tasks.json<TaskDifficultyView>()).toMatchObject({ schoolId: b.school.id });
    expect(tasks.json<TaskDifficultyView>().tasks.find((task) => task.number === 1)).toMatchObject({
      participants: 6,
      schoolSolvedShare: 0.75,
    });
  });
});
