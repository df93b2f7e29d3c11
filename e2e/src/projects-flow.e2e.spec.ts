import { jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { RESULTS_PUBLISHED_V1, type Page } from '@orbita/contracts';
import { HEADER, MessagingNames } from '@orbita/messaging';
import type { NotificationView } from '@orbita/notifications/rpc';
import { NOTIFICATIONS_SERVICE, NotificationsConfig } from '@orbita/notifications/service';
import type {
  AssignmentView,
  NominationCandidatesView,
  ResultsPublicationView,
  SeasonView,
  WorkView,
} from '@orbita/projects/rpc';
import { PROJECTS_SERVICE, ProjectsConfig } from '@orbita/projects/service';
import type { PersonView, SchoolView } from '@orbita/registry/rpc';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import type { ProjectResultsView } from '@orbita/reporting/rpc';
import { REPORTING_SERVICE, ReportingConfig } from '@orbita/reporting/service';
import { TestSmtpServer } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { eventually } from './support/eventually';
import { TestPlatform } from './support/platform';

/** A school stage's rubric: one criterion scored 0–2. */
const CRITERION = {
  key: 'goal',
  title: 'Постановка цели',
  maxPoints: 2,
  weight: 1,
  levels: [
    { points: 0, descriptor: 'Цель не поставлена' },
    { points: 1, descriptor: 'Цель поставлена' },
    { points: 2, descriptor: 'Цель поставлена и достигнута' },
  ],
  allowNotApplicable: false,
};

interface Member {
  personId: string;
  token: string;
}

/**
 * Issue 13's flow through the gateway, the registry (demo region), projects, reporting and notifications
 * running on the real PostgreSQL, NATS and an SMTP server: the regional coordinator sets up a season,
 * schools register works, experts are assigned by hand and automatically, the experts (logged in to
 * their own accounts) submit their sheets, the coordinator closes the stage, a school nominates its best
 * work from its ranking, the coordinator publishes the results → the experts heard of their assignments, the schools of their nominations and results, and
 * reporting shows the results by school and subject area; the results event delivered twice counts once.
 */
describe('projects flow: sheets → stage closed → results published → notifications and reporting', () => {
  let smtp: TestSmtpServer;
  let platform: TestPlatform;
  let nats: NatsConnection;
  let jsm: JetStreamManager;
  let database: Client;
  let regional: string;
  let schools: { school: SchoolView; coordinator: Member }[];
  let experts: Member[];
  let season: SeasonView;
  let works: Map<string, WorkView[]>;
  let publication: ResultsPublicationView;
  /** The experts the automatic assignment gave works to (the first expert also has one by hand). */
  let automaticallyAssigned: Set<string>;

  const send = async <T>(method: 'GET' | 'POST' | 'PUT', url: string, token: string, body?: object) => {
    const response = await platform.request(method, url, token, body);
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: HTTP ${response.statusCode} ${response.body}`);
    return response.json<T>();
  };
  const feed = async (member: Member, kind: NotificationView['kind']) =>
    (await send<Page<NotificationView>>('GET', `/notifications?pageSize=100&kind=${kind}`, member.token))
      .items;
  const results = (token: string) =>
    send<ProjectResultsView>('GET', '/reports/project-results?schoolYear=2025', token);
  const stage = () => season.stages.find((each) => each.kind === 'school')!;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    platform = await TestPlatform.start([
      { definition: REGISTRY_SERVICE, config: RegistryConfig, seed: seedRegistryDemoData },
      { definition: REPORTING_SERVICE, config: ReportingConfig },
      {
        definition: NOTIFICATIONS_SERVICE,
        config: NotificationsConfig,
        env: {
          SMTP_URL: smtp.url,
          MAIL_POLL_INTERVAL_MS: '100',
          NOTIFICATIONS_SHEETS_CHECK_INTERVAL_MS: '0',
        },
      },
      { definition: PROJECTS_SERVICE, config: ProjectsConfig },
    ]);
    nats = await connect({ servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222' });
    jsm = await jetstreamManager(nats);
    database = new Client({ connectionString: platform.database.url });
    await database.connect();
    regional = await platform.gateway.tokenFor('regional_coordinator');

    const [centre] = (await send<Page<PersonView>>('GET', '/people?role=regional_staff&pageSize=1', regional))
      .items;
    const coordinators = (
      await send<Page<PersonView>>('GET', '/people?role=school_coordinator&pageSize=100', regional)
    ).items;
    const allSchools = (await send<Page<SchoolView>>('GET', '/schools?pageSize=50&sort=shortName', regional))
      .items;
    schools = await Promise.all(
      allSchools
        .filter((school) => coordinators.some((person) => person.schoolId === school.id))
        .slice(0, 2)
        .map(async (school) => {
          const person = coordinators.find((each) => each.schoolId === school.id)!;
          const account = await platform.gateway.createAccount({
            role: 'school_coordinator',
            personId: person.id,
            schoolId: school.id,
          });
          return {
            school,
            coordinator: { personId: person.id, token: await platform.gateway.tokenFor(account) },
          };
        }),
    );
    // Three experts of the regional centre: registry people (so notifications knows them), each with an
    // expert account they log in to.
    experts = [];
    for (const surname of ['Экспертова', 'Оценщиков', 'Жюрина']) {
      const person = await send<PersonView>('POST', '/people', regional, {
        organisationId: centre.organisationId,
        surname,
        name: 'Анна',
        email: `${randomUUID().slice(0, 8)}@experts.test`,
        roles: ['expert'],
      });
      const account = await platform.gateway.createAccount({ role: 'expert', personId: person.id });
      const { accessToken } = await platform.gateway.loginAs(account.email, account.password);
      experts.push({ personId: person.id, token: accessToken });
    }
    await eventually(
      'notifications knows the experts',
      async () =>
        Number(
          (
            await database.query(
              'SELECT count(*) FROM notifications.known_people WHERE person_id = ANY ($1)',
              [experts.map((expert) => expert.personId)],
            )
          ).rows[0].count,
        ) === experts.length,
      15_000,
    );
  }, 120_000);

  afterAll(async () => {
    await database?.end();
    await nats?.close();
    await platform?.stop();
    await smtp?.stop();
  });

  it('runs a school stage through the gateway: season, works, experts by hand and automatically, sheets, closing, nomination, results', async () => {
    season = await send<SeasonView>('POST', '/project-seasons', regional, { schoolYear: 2025 });
    await send('POST', `/project-seasons/${season.id}/sections`, regional, {
      subjectArea: 'physics',
      title: 'Физика',
      expertIds: experts.map((expert) => expert.personId),
    });
    await send('POST', `/project-stages/${stage().id}/rubric-versions`, regional, { criteria: [CRITERION] });

    // The first school registers two works, the second one.
    works = new Map();
    for (const [index, { school, coordinator }] of schools.entries()) {
      const registered: WorkView[] = [];
      for (const title of index === 0 ? ['Маятник и смартфон', 'Радуга в капле'] : ['Звук в трубе'])
        registered.push(
          await send<WorkView>('POST', '/project-works', coordinator.token, {
            seasonId: season.id,
            title,
            kind: 'project',
            subjectArea: 'physics',
            authorIds: [randomUUID()],
            supervisorId: randomUUID(),
            abstract: 'Опыты с подручными средствами',
          }),
        );
      works.set(school.id, registered);
    }
    const [first] = works.get(schools[0].school.id)!;
    await send(
      'POST',
      `/project-works/${first.id}/stages/${stage().id}/experts/${experts[0].personId}`,
      regional,
    );
    await send('POST', `/project-stages/${stage().id}/automatic-assignment?expertsPerWork=2`, regional);
    const board = await send<AssignmentView[]>('GET', `/project-stages/${stage().id}/assignments`, regional);
    expect(board).toHaveLength(6);
    automaticallyAssigned = new Set(
      board
        .filter((each) => !(each.workId === first.id && each.expertPersonId === experts[0].personId))
        .map((each) => each.expertPersonId),
    );

    // Each expert scores the works assigned to them: the first school's first work best, its second worst.
    const points = new Map([...works.values()].flat().map((work, index) => [work.id, [2, 0, 1][index]]));
    for (const assignment of board) {
      const expert = experts.find((each) => each.personId === assignment.expertPersonId)!;
      const atStage = `/project-works/${assignment.workId}/stages/${stage().id}`;
      await send('PUT', `${atStage}/sheet`, expert.token, {
        scores: [{ criterionKey: 'goal', points: points.get(assignment.workId) }],
      });
      await send('POST', `${atStage}/sheet/submit`, expert.token);
    }
    await send('POST', `/project-stages/${stage().id}/close`, regional);
    // The first school reads its ranking (its own works only) and sends its best work itself.
    const [nominating, other] = schools;
    const candidates = await send<NominationCandidatesView>(
      'GET',
      `/project-stages/${stage().id}/nomination-candidates`,
      nominating.coordinator.token,
    );
    expect(candidates).toMatchObject({ schoolId: nominating.school.id, quota: 3 });
    expect(candidates.works.map((work) => [work.workId, work.schoolRank, work.recommended])).toEqual(
      works.get(nominating.school.id)!.map((work, index) => [work.id, index + 1, true]),
    );
    const peek = await platform.request(
      'GET',
      `/project-stages/${stage().id}/nomination-candidates?schoolId=${nominating.school.id}`,
      other.coordinator.token,
    );
    expect(peek.statusCode).toBe(404);
    await send('POST', `/project-stages/${stage().id}/nominations`, nominating.coordinator.token, {
      workIds: [first.id],
    });
    publication = await send<ResultsPublicationView>(
      'POST',
      `/project-stages/${stage().id}/results-publication`,
      regional,
    );
    expect(publication.awardedWorkIds).toContain(first.id);
  });

  it('told each expert of the works assigned to them, by hand and automatically, in their feed and by mail', async () => {
    // One notification for the hand assignment, and one per expert for all the automatic run gave them.
    const expected = (expert: Member) =>
      (expert === experts[0] ? 1 : 0) + (automaticallyAssigned.has(expert.personId) ? 1 : 0);
    for (const expert of experts) {
      const items = await eventually(
        `assignment notifications of ${expert.personId}`,
        async () => {
          const found = await feed(expert, 'project_works_assigned');
          return found.length === expected(expert) && found;
        },
        15_000,
      );
      for (const item of items) {
        expect(item.title).toMatch(/^Вам назначены работы для оценки: \d работ[аы]?$/);
        expect(item.link).toBe('/expert-sheets');
      }
    }
    expect(await feed(experts[0], 'project_works_assigned')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'Вам назначены работы для оценки: 1 работа' }),
      ]),
    );
    const email = (
      await database.query('SELECT email FROM notifications.known_people WHERE person_id = $1', [
        experts[0].personId,
      ])
    ).rows[0].email;
    await eventually(
      'mail to the expert',
      async () => smtp.mails.some((mail) => mail.to.includes(email)),
      15_000,
    );
  });

  it('told the schools of their nomination and their results; the coordinator of each sees their own', async () => {
    const [nominating, other] = schools;
    const [nomination] = await eventually(
      'the nomination notification',
      async () => {
        const found = await feed(nominating.coordinator, 'project_works_nominated');
        return found.length > 0 && found;
      },
      15_000,
    );
    expect(nomination.title).toBe('На заключительный этап выдвинуто: 1 работа');
    for (const { school, coordinator } of schools) {
      const own = works.get(school.id)!;
      const [item, ...more] = await eventually(
        `results notification of ${school.shortName}`,
        async () => {
          const found = await feed(coordinator, 'project_results_published');
          return found.length > 0 && found;
        },
        15_000,
      );
      expect(more).toEqual([]);
      expect(item.title).toBe('Опубликованы результаты: школьный этап 2025/26');
      const awarded = own.filter((work) => publication.awardedWorkIds.includes(work.id)).length;
      expect(item.text).toContain(`Оценено работ школы: ${own.length}\nИз них награждено: ${awarded}`);
    }
    expect(await feed(other.coordinator, 'project_works_nominated')).toEqual([]);
  });

  it('shows the results by school and subject area in reporting: the region all schools, a school its own', async () => {
    const expected = (school: SchoolView) => {
      const own = works.get(school.id)!;
      return {
        schoolId: school.id,
        schoolName: school.shortName,
        subjectArea: 'physics',
        registered: own.length,
        nominated: school.id === schools[0].school.id ? 1 : 0,
        schoolStage: {
          judged: own.length,
          awarded: own.filter((work) => publication.awardedWorkIds.includes(work.id)).length,
        },
        final: { judged: 0, awarded: null },
      };
    };
    const view = await eventually(
      'reporting’s project results',
      async () => {
        const answer = await results(regional);
        return (
          answer.totals.schoolStage.awarded === publication.awardedWorkIds.length &&
          answer.totals.nominated === 1 &&
          answer
        );
      },
      15_000,
    );
    expect(view.rows).toEqual(expect.arrayContaining(schools.map(({ school }) => expected(school))));
    expect(view.totals).toMatchObject({ registered: 3, nominated: 1, schoolStage: { judged: 3 } });
    const ofSecond = await results(schools[1].coordinator.token);
    expect(ofSecond.rows).toEqual([expected(schools[1].school)]);
  });

  it('counts the results event once when JetStream hands it out again', async () => {
    const names = new MessagingNames(platform.prefix);
    const stored = await jsm.streams.getMessage(names.eventStream('projects').name, {
      last_by_subj: names.subject(RESULTS_PUBLISHED_V1.subject),
    });
    expect(stored).not.toBeNull();
    // The same event (same event id) under a new message id: what a lost acknowledgement leads to.
    const copy = natsHeaders();
    for (const key of stored!.header.keys()) if (key !== HEADER.msgId) copy.set(key, stored!.header.get(key));
    copy.set(HEADER.msgId, randomUUID());
    const before = await results(regional);
    const notificationsBefore = await countNotifications();
    await jetstream(nats).publish(stored!.subject, stored!.data, { headers: copy });
    await settled();

    expect(await results(regional)).toEqual(before);
    expect(await countNotifications()).toBe(notificationsBefore);
  });

  const countNotifications = async () =>
    Number((await database.query(`SELECT count(*) FROM notifications.notifications`)).rows[0].count);

  /** Every durable consumer of the run has taken and acknowledged everything, three polls in a row. */
  async function settled(timeoutMs = 15_000): Promise<void> {
    let quietPolls = 0;
    await eventually(
      'events settled',
      async () => {
        let busy = false;
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
});
