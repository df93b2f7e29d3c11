import { ASSESSMENTS_SERVICE, AssessmentsConfig } from '@orbita/assessments/service';
import { seedAssessmentsDemoData } from '../../tools/seeds/assessments-demo';
import { can, type Permission } from '@orbita/auth';
import type { IssuedParticipantCodesView, UploadedProtocolView, WorkView } from '@orbita/assessments/rpc';
import type { Page } from '@orbita/contracts';
import type {
  AgreementView,
  ParticipationView,
  PersonView,
  AttachedEvidenceView,
  RoadmapActivityDetailView,
  RoadmapActivityView,
  SchoolView,
} from '@orbita/registry/rpc';
import type {
  CampaignView,
  EnrollmentOrderView,
  ProgrammeClassView,
  StudentView,
} from '@orbita/enrollment/rpc';
import type { NotificationView } from '@orbita/notifications/rpc';
import { ENROLLMENT_SERVICE, EnrollmentConfig } from '@orbita/enrollment/service';
import { NOTIFICATIONS_SERVICE, NotificationsConfig } from '@orbita/notifications/service';
import type {
  CreditFactView,
  SeasonView,
  SectionView,
  SheetView,
  StudioApplicationView,
  StudioCycleView,
  WorkView as ProjectWorkView,
} from '@orbita/projects/rpc';
import { demoSeedDay } from '@orbita/contracts';
import { INTEGRATION_SERVICE, IntegrationConfig } from '@orbita/integration/service';
import { SiriusSimulator } from '@orbita/integration/simulator';
import { PROJECTS_SERVICE, ProjectsConfig } from '@orbita/projects/service';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import { REPORTING_SERVICE, ReportingConfig } from '@orbita/reporting/service';
import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { eventually } from './support/eventually';
import { multipart } from './support/multipart';
import { seedIntegrationDemoData } from '../../tools/seeds/integration-demo';
import { siriusDemoRoster } from '../../tools/seeds/sirius-demo-roster';
import { TestPlatform } from './support/platform';

/**
 * OWASP API1 (broken object-level authorisation), issue 11: every operation of the OpenAPI document that
 * takes an id (path, query or body) is called as school A's coordinator with one real id of school B's
 * records at a time, the other ids A's own. The answer is 404 (403 where the role lacks the permission,
 * 422 for a body reference the service validates; a list may answer 200 when it shows none of B's
 * records), never B's data. The operations are read from the document at test time, so a new operation
 * with an id the suite has no real id for fails here until it is added to REFERENCES.
 */

/** The acting role: school-scoped, with write permissions. */
const ROLE = 'school_coordinator';

/** The request as the suite makes it: a JSON body, or a multipart form with a file. */
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A real id of each school's record, or one shared by the region (reference data every school reads). */
type Reference = { a: string; b: string } | { shared: string };

/** Names a client sends that are ids but name no record of ours. */
const NOT_REFERENCES = new Set([
  // The school's id on the external Sirius.Schools platform: free text, not a record of ours.
  'siriusId',
  // A new id the client chooses to follow its own upload (a taken one answers 400), not a reference.
  'uploadId',
]);

interface Slot {
  location: 'path' | 'query' | 'body';
  /** The parameter or body field (`teachers[].personId` for one inside an array of objects). */
  field: string;
  /** What it names: the REFERENCES key. */
  names: string;
}

interface Operation {
  method: Method;
  path: string;
  permission?: Permission;
  slots: Slot[];
  multipart: boolean;
  /** A GET of a collection: a filter naming another school may answer an empty page. */
  list: boolean;
}

interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, OpenApiSchema>;
  items?: OpenApiSchema;
  allOf?: OpenApiSchema[];
}

interface OpenApiOperation {
  'x-orbita-permission'?: Permission;
  parameters?: { name: string; in: string; schema?: OpenApiSchema }[];
  requestBody?: { content: Record<string, { schema: OpenApiSchema }> };
  responses?: Record<string, { content?: Record<string, { schema: OpenApiSchema }> }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, OpenApiSchema> };
}

const isIdName = (name: string) => /(Id|Ids)$/.test(name) || name === 'participantCode';

/** Every operation that takes an id, with where each id goes and what it names. */
function operationsWithIds(document: OpenApiDocument): Operation[] {
  const resolve = (schema: OpenApiSchema | undefined): OpenApiSchema => {
    if (!schema) return {};
    if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').pop()!]);
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map(resolve));
    return schema;
  };
  const bodySlots = (schema: OpenApiSchema, prefix = ''): Slot[] =>
    Object.entries(resolve(schema).properties ?? {}).flatMap(([name, property]) => {
      if (NOT_REFERENCES.has(name)) return [];
      const resolved = resolve(property);
      const item = resolved.type === 'array' ? resolve(resolved.items) : undefined;
      if (isIdName(name) || resolved.format === 'uuid' || item?.format === 'uuid')
        return [{ location: 'body' as const, field: `${prefix}${name}`, names: name.replace(/Ids$/, 'Id') }];
      // Ids inside an array of objects (a class's teachers, a campaign's candidates).
      if (item?.properties && !prefix) return bodySlots(item, `${name}[].`);
      return [];
    });
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    if (path.startsWith('/api/v1/auth/')) continue;
    for (const [method, operation] of Object.entries(item)) {
      const slots: Slot[] = [];
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'path')
          slots.push({ location: 'path', field: parameter.name, names: pathReference(path, parameter.name) });
        else if (
          parameter.in === 'query' &&
          !NOT_REFERENCES.has(parameter.name) &&
          (isIdName(parameter.name) || resolve(parameter.schema).format === 'uuid')
        )
          slots.push({ location: 'query', field: parameter.name, names: parameter.name });
      }
      const content = operation.requestBody?.content ?? {};
      const bodySchema = content['application/json']?.schema ?? content['multipart/form-data']?.schema;
      if (bodySchema) slots.push(...bodySlots(bodySchema));
      if (slots.length === 0) continue;
      const ok = resolve(operation.responses?.['200']?.content?.['application/json']?.schema);
      operations.push({
        method: method.toUpperCase() as Method,
        path,
        permission: operation['x-orbita-permission'],
        slots,
        multipart: 'multipart/form-data' in content,
        // A list's XLSX export (`…/export.xlsx`) asks the list's contract: it scopes as the list does.
        list:
          method === 'get' &&
          (ok.type === 'array' || ok.properties?.['items'] !== undefined || path.endsWith('/export.xlsx')),
      });
    }
  }
  return operations;
}

/** `{id}` names the record of the collection before it (`/students/{id}` → `students`); other names say it. */
function pathReference(path: string, parameter: string): string {
  if (parameter !== 'id') return parameter;
  const segments = path.split('/');
  return segments[segments.indexOf('{id}') - 1];
}

/** A criterion of the project rubric the suite's sheets are drafted against. */
const PROJECT_CRITERION = {
  key: 'goal',
  title: 'Постановка цели',
  maxPoints: 2,
  weight: 1,
  levels: [
    { points: 0, descriptor: 'Цель не поставлена' },
    { points: 2, descriptor: 'Цель поставлена и достигнута' },
  ],
  allowNotApplicable: false,
};

/** A project work of `authorId`, supervised by `supervisorId`, for the physics section of the season. */
const projectWork = (seasonId: string, authorId: string, supervisorId: string) => ({
  seasonId,
  title: 'Маятник и смартфон',
  kind: 'project',
  subjectArea: 'physics',
  authorIds: [authorId],
  supervisorId,
  abstract: 'Измерение ускорения свободного падения',
});

/** A studio application's plan naming `mentorPersonId` and the team of `teamStudentId`. */
const studioPlan = (mentorPersonId: string, teamStudentId: string) => ({
  direction: 'Естественно-научное',
  theme: 'Экология малых рек',
  mentorPersonId,
  teamStudentIds: [teamStudentId],
});

/** A day `days` from today, `2026-04-14` (the studio cycle's window is wide enough for any time zone). */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A blueprint of a diagnostic work for `schoolIds`. */
const blueprint = (title: string, schoolIds: string[]) => ({
  kind: 'intermediate',
  title,
  subject: 'math',
  grades: [7],
  schoolYear: 2024,
  windowFrom: '2024-12-02',
  windowTo: '2024-12-05',
  tasks: [
    { number: 1, label: '1', maxScore: 2 },
    { number: 2, label: '2', maxScore: 3 },
  ],
  levels: [],
  schoolIds,
});

async function onePagePdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage().drawText('Report');
  return Buffer.from(await document.save());
}

describe('object-level authorisation: another school’s ids on every operation of the API', () => {
  let platform: TestPlatform;
  let regional: string;
  let actor: string;
  const references: Record<string, Reference> = {};
  /** Ids of B's records no answer to A may contain (B's school id is no secret: works list it). */
  const secretsOfB = new Set<string>();
  let operations: Operation[];
  // The Sirius.Schools platform: the demo roster, whose students enrollment here does not have, so each school
  // has mismatches (registered on the platform, not in our lists) of its own.
  const SIRIUS_CREDENTIALS = { clientId: 'orbita-e2e-scope', clientSecret: 'e2e-scope-secret' };
  const simulator = new SiriusSimulator({ ...SIRIUS_CREDENTIALS, roster: siriusDemoRoster(demoSeedDay()) });

  const json = <T>(response: { statusCode: number; body: string; json: <R>() => R }, what: string): T => {
    if (response.statusCode >= 300) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
    return response.json<T>();
  };
  const send = (method: Method, url: string, token: string, body?: object) =>
    platform.request(method, url, token, body);
  const upload = (
    url: string,
    token: string,
    fields: Record<string, string>,
    file: { name: string; content: Buffer },
  ) => {
    const form = multipart(fields, file);
    return platform.request('POST', url, token, form.payload, form.headers);
  };

  beforeAll(async () => {
    platform = await TestPlatform.start([
      { definition: REGISTRY_SERVICE, config: RegistryConfig, seed: seedRegistryDemoData },
      { definition: ASSESSMENTS_SERVICE, config: AssessmentsConfig, seed: seedAssessmentsDemoData },
      { definition: ENROLLMENT_SERVICE, config: EnrollmentConfig },
      { definition: REPORTING_SERVICE, config: ReportingConfig },
      { definition: NOTIFICATIONS_SERVICE, config: NotificationsConfig },
      { definition: PROJECTS_SERVICE, config: ProjectsConfig },
      {
        definition: INTEGRATION_SERVICE,
        config: IntegrationConfig,
        env: {
          SIRIUS_URL: await simulator.listen(0),
          SIRIUS_CLIENT_ID: SIRIUS_CREDENTIALS.clientId,
          SIRIUS_CLIENT_SECRET: SIRIUS_CREDENTIALS.clientSecret,
        },
        seed: seedIntegrationDemoData,
      },
    ]);
    regional = await platform.gateway.tokenFor('regional_coordinator');
    const [schoolA, schoolB] = json<Page<SchoolView>>(
      await send('GET', '/schools?sort=shortName&pageSize=2', regional),
      'schools',
    ).items;
    const coordinators = json<Page<PersonView>>(
      await send('GET', '/people?role=school_coordinator&pageSize=100', regional),
      'coordinators',
    ).items;
    const accountOf = (school: SchoolView) =>
      platform.gateway.createAccount({
        role: ROLE,
        schoolId: school.id,
        personId: coordinators.find((person) => person.schoolId === school.id)!.id,
      });
    const [accountA, accountB] = [await accountOf(schoolA), await accountOf(schoolB)];
    actor = await platform.gateway.tokenFor(accountA);
    const tokenB = await platform.gateway.tokenFor(accountB);
    const tokenA = actor;

    const partner = json<Page<{ id: string }>>(
      await send('GET', '/partners?pageSize=1', regional),
      'partners',
    ).items[0];
    const programme = json<Page<{ id: string }>>(
      await send('GET', '/programmes?pageSize=1', regional),
      'programmes',
    ).items[0];
    const forSchools = json<Page<RoadmapActivityView>>(
      await send('GET', '/roadmap-activities?pageSize=100', regional),
      'activities',
    ).items.filter((each) => each.participants.kinds.includes('schools'));
    const details = await Promise.all(
      forSchools.map(async (each) =>
        json<RoadmapActivityDetailView>(
          await send('GET', `/roadmap-activities/${each.id}`, regional),
          'activity',
        ),
      ),
    );
    const activity = details.find((each) => each.deliverables.length > 0)!;
    const shared = json<WorkView>(
      await send('POST', '/works', regional, blueprint('Общая работа школ A и B', [schoolA.id, schoolB.id])),
      'shared work',
    );
    const onlyB = json<WorkView>(
      await send('POST', '/works', regional, blueprint('Работа только школы B', [schoolB.id])),
      'B’s work',
    );

    /** Real records of one school, made as the regional centre and the school's coordinator would. */
    const recordsOf = async (school: SchoolView, token: string, person: string) => {
      const agreement = json<AgreementView>(
        await send('POST', '/agreements', regional, {
          number: `IDOR-${randomUUID().slice(0, 8)}`,
          validFrom: '2024-09-01',
          subject: 'Сетевое взаимодействие',
          partyOrganisationId: school.id,
          partnerOrganisationId: partner.id,
        }),
        'agreement',
      );
      const participation =
        json<Page<ParticipationView>>(
          await send('GET', `/programmes/${programme.id}/participation?schoolId=${school.id}`, regional),
          'participation',
        ).items[0] ??
        json<ParticipationView>(
          await send('POST', `/programmes/${programme.id}/participation`, regional, {
            schoolId: school.id,
            schoolYear: 2024,
            role: 'partner_school',
          }),
          'new participation',
        );
      const codes = json<IssuedParticipantCodesView>(
        await send('POST', `/works/${shared.id}/participant-codes`, regional, {
          schoolId: school.id,
          count: 3,
        }),
        'codes',
      ).codes;
      const uploadId = randomUUID();
      const protocol = json<UploadedProtocolView>(
        await upload(
          '/protocols',
          token,
          { workId: shared.id, uploadId, submit: 'true' },
          {
            name: 'protocol.csv',
            content: Buffer.from(`Код участника;Класс;1;2;Итого\n${codes[0]};7А;1;2;3\n`),
          },
        ),
        'protocol',
      ).protocol;
      // Returned by the regional centre: the school's coordinator is told, a notification of theirs.
      json(
        await send('POST', `/protocols/${protocol.id}/return`, regional, { comment: 'Проверка доступа' }),
        'return',
      );
      const { evidence } = json<AttachedEvidenceView>(
        await upload(
          `/roadmap-activities/${activity.id}/evidence`,
          token,
          { deliverableId: activity.deliverables[0].id },
          {
            name: 'report.pdf',
            content: await onePagePdf(),
          },
        ),
        'evidence',
      );
      // Enrollment knows the school once the registry's events have reached it.
      const student = await eventually(
        'a student of the school',
        async () => {
          const response = await send('POST', '/students', regional, {
            schoolId: school.id,
            surname: 'Проверочная',
            name: 'Ольга',
            birthDate: '2011-05-06',
          });
          return response.statusCode === 201 && response.json<StudentView>();
        },
        30_000,
      );
      const programmeClass = json<ProgrammeClassView>(
        await send('POST', '/classes', regional, {
          schoolId: school.id,
          programmeCode: 'sirius_partner_schools',
          schoolYear: 2024,
          grade: 7,
          label: `7 ${randomUUID().slice(0, 4)}`,
          profileSubjects: ['math'],
          delivery: 'lessons',
          teachers: [],
        }),
        'class',
      );
      const order = json<EnrollmentOrderView>(
        await send('POST', '/enrollment-orders', regional, {
          schoolId: school.id,
          number: `7-${randomUUID().slice(0, 4)}`,
          date: '2024-08-30',
        }),
        'order',
      );
      json(
        await send('POST', `/students/${student.id}/enrollments`, regional, {
          classId: programmeClass.id,
          orderId: order.id,
          enrolledOn: '2024-09-01',
          basis: { kind: 'transfer' },
        }),
        'enrollment',
      );
      const campaign = json<CampaignView>(
        await send('POST', '/selection-campaigns', regional, {
          schoolId: school.id,
          grade: 7,
          schoolYear: 2024,
          basis: 'oge',
          threshold: 1,
          quota: 5,
        }),
        'campaign',
      );
      const notification = await eventually(
        'a notification of the school’s coordinator',
        async () =>
          (await send('GET', '/notifications?pageSize=1', token)).json<Page<NotificationView>>().items[0],
        30_000,
      );
      return {
        schools: school.id,
        schoolId: school.id,
        organisationId: school.id,
        partyOrganisationId: school.id,
        people: person,
        personId: person,
        coordinatorPersonId: person,
        responsiblePersonId: person,
        agreements: agreement.id,
        participation: participation.id,
        protocols: protocol.id,
        versionId: protocol.currentVersion!.id,
        'protocol-uploads': uploadId,
        uploadId,
        participantCode: codes[1],
        'roadmap-evidence': evidence.id,
        students: student.id,
        studentId: student.id,
        resourceId: student.id,
        classes: programmeClass.id,
        classId: programmeClass.id,
        toClassId: programmeClass.id,
        orderId: order.id,
        'selection-campaigns': campaign.id,
        notifications: notification.id,
      };
    };
    const personOf = (school: SchoolView) => coordinators.find((person) => person.schoolId === school.id)!.id;
    const [ofA, ofB] = [
      await recordsOf(schoolA, tokenA, personOf(schoolA)),
      await recordsOf(schoolB, tokenB, personOf(schoolB)),
    ];

    // Project defences: a season of the region, with a section and its expert, and the school stage's
    // rubric; then each school's work, assigned to the expert, who drafts a sheet of it.
    const expertPersonId = randomUUID();
    const expert = await platform.gateway.tokenFor(
      await platform.gateway.createAccount({ role: 'expert', personId: expertPersonId }),
    );
    const season = json<SeasonView>(
      await send('POST', '/project-seasons', regional, { schoolYear: 2025 }),
      'project season',
    );
    const schoolStage = season.stages.find((stage) => stage.kind === 'school')!;
    const section = json<SectionView>(
      await send('POST', `/project-seasons/${season.id}/sections`, regional, {
        subjectArea: 'physics',
        title: 'Физика',
        expertIds: [expertPersonId],
      }),
      'section',
    );
    json(
      await send('POST', `/project-stages/${schoolStage.id}/rubric-versions`, regional, {
        criteria: [PROJECT_CRITERION],
      }),
      'rubric',
    );
    const projectRecordsOf = async (token: string, own: typeof ofA) => {
      const work = json<ProjectWorkView>(
        await send('POST', '/project-works', token, projectWork(season.id, own.studentId, own.personId)),
        'project work',
      );
      const atStage = `/project-works/${work.id}/stages/${schoolStage.id}`;
      json(await send('POST', `${atStage}/experts/${expertPersonId}`, regional), 'assignment');
      const sheet = json<SheetView>(await send('PUT', `${atStage}/sheet`, expert, { scores: [] }), 'sheet');
      return {
        'project-works': work.id,
        'expert-sheets': sheet.id,
        authorId: own.studentId,
        supervisorId: own.personId,
      };
    };
    const [projectsOfA, projectsOfB] = [
      await projectRecordsOf(tokenA, ofA),
      await projectRecordsOf(tokenB, ofB),
    ];
    for (const name of Object.keys(projectsOfA) as (keyof typeof projectsOfA)[]) {
      references[name] = { a: projectsOfA[name], b: projectsOfB[name] };
      secretsOfB.add(projectsOfB[name]);
    }
    // Studios: a cycle of the region taking applications; each school's studio (an approved application)
    // with a credit fact, and an application returned to the school, which it may resubmit.
    const cycle = json<StudioCycleView>(
      await send('POST', '/studio-cycles', regional, {
        schoolYear: 2025,
        applicationsOpenOn: dayFromToday(-10),
        applicationsCloseOn: dayFromToday(30),
        criteria: {
          indicators: [
            { id: 'events', name: 'Мероприятия', unit: 'мероприятия', rule: { kind: 'perFact', points: 5 } },
          ],
        },
      }),
      'studio cycle',
    );
    const studioRecordsOf = async (token: string, own: typeof ofA) => {
      const apply = async () =>
        json<StudioApplicationView>(
          await send(
            'POST',
            `/studio-cycles/${cycle.id}/applications`,
            token,
            studioPlan(own.personId, own.studentId),
          ),
          'studio application',
        );
      const decide = async (id: string, decision: object) =>
        json<StudioApplicationView>(
          await send('POST', `/studio-applications/${id}/decision`, regional, decision),
          'decision',
        );
      const { id: approved } = await apply();
      const { studioId } = await decide(approved, { decision: 'approve' });
      const returned = await decide((await apply()).id, { decision: 'return', comment: 'Уточните тему' });
      const fact = json<CreditFactView>(
        await send('POST', '/credit-facts', token, {
          studioId,
          indicatorId: 'events',
          description: 'Экологический десант',
        }),
        'credit fact',
      );
      return {
        approved,
        references: {
          'studio-applications': returned.id,
          studioId: studioId!,
          'credit-facts': fact.id,
          mentorPersonId: own.personId,
          teamStudentId: own.studentId,
        },
      };
    };
    const [studiosOfA, studiosOfB] = [await studioRecordsOf(tokenA, ofA), await studioRecordsOf(tokenB, ofB)];
    for (const name of Object.keys(studiosOfA.references) as (keyof typeof studiosOfA.references)[]) {
      references[name] = { a: studiosOfA.references[name], b: studiosOfB.references[name] };
      secretsOfB.add(studiosOfB.references[name]);
    }
    secretsOfB.add(studiosOfB.approved);
    for (const name of Object.keys(ofA) as (keyof typeof ofA)[])
      references[name] = { a: ofA[name], b: ofB[name] };
    // Works: one both schools take, one only B takes. Accounts: B's coordinator's.
    references['works'] = references['workId'] = { a: shared.id, b: onlyB.id };
    references['accounts'] = references['actorId'] = { a: accountA.id, b: accountB.id };
    for (const [name, value] of Object.entries(ofB)) if (!name.startsWith('school')) secretsOfB.add(value);
    secretsOfB.delete(ofB.organisationId);
    secretsOfB.delete(ofB.partyOrganisationId);
    secretsOfB.add(onlyB.id);

    // Reconciliation: a mismatch of each school, and the seed's sync run (region-level: shared).
    await send('POST', '/integration/reconciliations', regional, {});
    const mismatchOf = (school: SchoolView) =>
      eventually(
        `a mismatch of ${school.shortName} with the platform`,
        async () =>
          json<Page<{ id: string }>>(
            await send('GET', `/integration/mismatches?schoolId=${school.id}&pageSize=1`, regional),
            'mismatches',
          ).items[0]?.id,
        30_000,
      );
    const mismatches = { a: await mismatchOf(schoolA), b: await mismatchOf(schoolB) };
    references['mismatches'] = mismatches;
    secretsOfB.add(mismatches.b);
    const [run] = json<Page<{ id: string }>>(
      await send('GET', '/integration/runs?pageSize=1', regional),
      'runs',
    ).items;

    // A training of the region's (its routes are region-level), attended by A's teacher.
    const teacherOfA = json<Page<PersonView>>(
      await send('GET', '/people?role=teacher&pageSize=100', regional),
      'teachers',
    ).items.find((person) => person.schoolId === schoolA.id)!.id;
    const training = json<{ id: string }>(
      await send('POST', '/trainings', regional, {
        kind: 'course',
        title: 'Проверка доступа',
        startsOn: '2024-10-14',
        endsOn: '2024-10-25',
        activityId: activity.id,
        personIds: [teacherOfA],
      }),
      'training',
    );

    const municipality = schoolA.municipalityId;
    Object.assign(references, {
      trainings: { shared: training.id },
      activityId: { shared: activity.id },
      runs: { shared: run.id },
      // A platform account's id (a duplicate's to keep): the platform's, not a school's record.
      keepExternalId: { shared: 'user-s0001' },
      municipalities: { shared: municipality },
      municipalityId: { shared: municipality },
      partners: { shared: partner.id },
      partnerOrganisationId: { shared: partner.id },
      programmes: { shared: programme.id },
      programmeId: { shared: programme.id },
      roadmaps: { shared: activity.roadmapId },
      roadmapId: { shared: activity.roadmapId },
      'roadmap-activities': { shared: activity.id },
      deliverableId: { shared: activity.deliverables[0].id },
      version: { shared: '1' },
      'project-seasons': { shared: season.id },
      seasonId: { shared: season.id },
      'project-stages': { shared: schoolStage.id },
      stageId: { shared: schoolStage.id },
      expertId: { shared: expertPersonId },
      expertPersonId: { shared: expertPersonId },
      // A consultant comes from a partner: region-wide, like the partner.
      consultantId: { shared: expertPersonId },
      sectionId: { shared: section.id },
      'studio-cycles': { shared: cycle.id },
      cycleId: { shared: cycle.id },
      // An indicator of the cycle's criteria: the region's, like the cycle.
      indicatorId: { shared: 'events' },
    } satisfies Record<string, Reference>);

    operations = operationsWithIds(
      (
        await platform.gateway.app.inject({ method: 'GET', url: '/api/openapi.json' })
      ).json<OpenApiDocument>(),
    );
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    await simulator.close();
  });

  const training = (id: (name: string) => string) => ({
    kind: 'course',
    title: 'Курс',
    startsOn: '2024-10-14',
    endsOn: '2024-10-25',
    activityId: id('activityId'),
    personIds: [id('personId')],
  });

  /** A valid request of each operation, given the ids of the attempt; a new operation with a body needs one here. */
  const BODIES: Record<string, (id: (name: string) => string) => Record<string, unknown>> = {
    'POST /api/v1/trainings': (id) => training(id),
    'PUT /api/v1/trainings/{id}': (id) => ({ ...training(id), expectedVersion: 1 }),
    'POST /api/v1/integration/runs/{id}/decision': () => ({ decision: 'reject' }),
    'POST /api/v1/integration/mismatches/{id}/decision': () => ({
      decision: 'reject',
      comment: 'Проверка доступа',
    }),
    'POST /api/v1/integration/reconciliations': (id) => ({ schoolId: id('schoolId') }),
    'POST /api/v1/accounts': (id) => ({
      email: `idor-${randomUUID().slice(0, 8)}@example.org`,
      displayName: 'Проверка',
      role: ROLE,
      password: 'a-long-enough-password',
      schoolId: id('schoolId'),
      personId: id('personId'),
    }),
    'POST /api/v1/schools': (id) => ({
      fullName: 'Новая школа',
      shortName: 'Новая',
      municipalityId: id('municipalityId'),
    }),
    'PATCH /api/v1/schools/{id}': (id) => ({ expectedVersion: 1, municipalityId: id('municipalityId') }),
    'POST /api/v1/partners': (id) => ({
      kind: 'university',
      fullName: 'Вуз',
      shortName: 'Вуз',
      municipalityId: id('municipalityId'),
    }),
    'PATCH /api/v1/partners/{id}': (id) => ({ expectedVersion: 1, municipalityId: id('municipalityId') }),
    'PATCH /api/v1/municipalities/{id}': () => ({ expectedVersion: 1, name: 'Район' }),
    'POST /api/v1/agreements': (id) => ({
      number: `IDOR-${randomUUID().slice(0, 8)}`,
      validFrom: '2024-09-01',
      subject: 'Договор',
      partyOrganisationId: id('partyOrganisationId'),
      partnerOrganisationId: id('partnerOrganisationId'),
      programmeId: id('programmeId'),
    }),
    'PATCH /api/v1/agreements/{id}': (id) => ({ expectedVersion: 1, programmeId: id('programmeId') }),
    'PATCH /api/v1/programmes/{id}': () => ({ expectedVersion: 1, title: 'Программа' }),
    'POST /api/v1/programmes/{programmeId}/participation': (id) => ({
      schoolId: id('schoolId'),
      schoolYear: 2026,
      role: 'partner_school',
      coordinatorPersonId: id('coordinatorPersonId'),
    }),
    'POST /api/v1/people': (id) => ({
      organisationId: id('organisationId'),
      surname: 'Новикова',
      name: 'Нина',
      roles: ['teacher'],
    }),
    'PATCH /api/v1/people/{id}': (id) => ({ expectedVersion: 1, organisationId: id('organisationId') }),
    'POST /api/v1/works': (id) => blueprint('Новая работа', [id('schoolId')]),
    'PUT /api/v1/works/{id}': (id) => ({ ...blueprint('Работа', [id('schoolId')]), expectedVersion: 1 }),
    'POST /api/v1/works/{id}/versions': (id) => ({
      ...blueprint('Работа', [id('schoolId')]),
      expectedVersion: 1,
    }),
    'POST /api/v1/works/{id}/participant-codes': (id) => ({ schoolId: id('schoolId'), count: 1 }),
    'POST /api/v1/protocols/{id}/return': () => ({ comment: 'Проверка' }),
    'POST /api/v1/classes': (id) => ({
      schoolId: id('schoolId'),
      programmeCode: 'sirius_partner_schools',
      schoolYear: 2025,
      grade: 7,
      label: `7 ${randomUUID().slice(0, 4)}`,
      profileSubjects: ['math'],
      delivery: 'lessons',
      teachers: [{ personId: id('personId'), subject: 'math' }],
    }),
    'PUT /api/v1/classes/{id}': (id) => ({
      programmeCode: 'sirius_partner_schools',
      schoolYear: 2024,
      grade: 7,
      label: `7 ${randomUUID().slice(0, 4)}`,
      profileSubjects: ['math'],
      delivery: 'lessons',
      teachers: [{ personId: id('personId'), subject: 'math' }],
    }),
    'POST /api/v1/students': (id) => ({
      schoolId: id('schoolId'),
      surname: 'Новая',
      name: 'Ученица',
      birthDate: '2011-01-01',
    }),
    'POST /api/v1/students/{id}/enrollments': (id) => ({
      classId: id('classId'),
      orderId: id('orderId'),
      enrolledOn: '2025-09-01',
      basis: { kind: 'transfer' },
    }),
    'POST /api/v1/students/{id}/withdrawal': () => ({
      schoolYear: 2024,
      withdrawnOn: '2025-01-10',
      reasonCode: 'moved_away',
    }),
    'POST /api/v1/students/{id}/transfer': (id) => ({
      toClassId: id('toClassId'),
      orderId: id('orderId'),
      transferredOn: '2025-01-10',
    }),
    'POST /api/v1/students/{id}/participant-codes': (id) => ({
      workId: id('workId'),
      participantCode: id('participantCode'),
    }),
    'POST /api/v1/enrollment-orders': (id) => ({
      schoolId: id('schoolId'),
      number: `1-${randomUUID().slice(0, 4)}`,
      date: '2025-08-30',
    }),
    'POST /api/v1/selection-campaigns': (id) => ({
      schoolId: id('schoolId'),
      grade: 7,
      schoolYear: 2025,
      basis: 'work',
      workId: id('workId'),
      threshold: 1,
      quota: 1,
    }),
    'POST /api/v1/selection-campaigns/{id}/candidates': (id) => ({
      candidates: [{ studentId: id('studentId'), score: 10 }],
    }),
    'POST /api/v1/selection-campaigns/{id}/enrollments': (id) => ({
      classId: id('classId'),
      orderId: id('orderId'),
      enrolledOn: '2025-09-01',
      studentIds: [id('studentId')],
    }),
    'PATCH /api/v1/roadmap-activities/{id}': (id) => ({
      expectedVersion: 1,
      responsiblePersonIds: [id('responsiblePersonId')],
    }),
    'PUT /api/v1/notification-preferences': () => ({ items: [] }),
    'POST /api/v1/project-works': (id) => ({
      ...projectWork(id('seasonId'), id('authorId'), id('supervisorId')),
      schoolId: id('schoolId'),
      partnerOrganisationId: id('partnerOrganisationId'),
      consultantId: id('consultantId'),
    }),
    'POST /api/v1/project-stages/{stageId}/nominations': (id) => ({
      schoolId: id('schoolId'),
      workIds: [id('workId')],
    }),
    'POST /api/v1/studio-cycles/{cycleId}/applications': (id) => ({
      ...studioPlan(id('mentorPersonId'), id('teamStudentId')),
      partnerOrganisationId: id('partnerOrganisationId'),
      schoolId: id('schoolId'),
    }),
    'POST /api/v1/studio-applications/{id}/resubmit': (id) => ({
      ...studioPlan(id('mentorPersonId'), id('teamStudentId')),
      partnerOrganisationId: id('partnerOrganisationId'),
    }),
    'POST /api/v1/credit-facts': (id) => ({
      studioId: id('studioId'),
      indicatorId: id('indicatorId'),
      description: 'Проверка',
    }),
    'POST /api/v1/project-seasons/{seasonId}/sections': (id) => ({
      subjectArea: 'physics',
      title: 'Физика',
      expertIds: [id('expertId')],
    }),
  };
  /** The files of multipart operations (their text fields come from the slots). */
  const FILES: Record<
    string,
    () => Promise<{ name: string; content: Buffer; fields?: Record<string, string> }>
  > = {
    'POST /api/v1/protocols': async () => ({
      name: 'p.csv',
      content: Buffer.from('Код участника;Класс;1;2;Итого\nX;7А;1;1;2\n'),
    }),
    'POST /api/v1/classes/{id}/list': async () => ({
      name: 'list.csv',
      content: Buffer.from('Фамилия;Имя;Дата рождения\nИванова;Ирина;01.02.2011\n'),
      fields: { enrolledOn: '2024-09-02' },
    }),
    'POST /api/v1/roadmap-activities/{id}/evidence': async () => ({
      name: 'r.pdf',
      content: await onePagePdf(),
    }),
    'POST /api/v1/project-works/{id}/file': async () => ({ name: 'work.pdf', content: await onePagePdf() }),
    'POST /api/v1/credit-facts/{id}/evidence': async () => ({
      name: 'evidence.pdf',
      content: await onePagePdf(),
    }),
    'POST /api/v1/project-stages/{stageId}/assignments/import': async () => ({
      name: 'assignments.csv',
      content: Buffer.from('Работа;Эксперт\n'),
    }),
  };

  it('has a real id of each school (or a shared one) for every id of every operation, and a request for each', () => {
    const missing = operations.flatMap((operation) => {
      const key = `${operation.method} ${operation.path}`;
      const unknown = operation.slots
        .filter((slot) => !references[slot.names])
        .map((slot) => `${key}: no real id for ${slot.location} ${slot.field} (${slot.names})`);
      const bodyless =
        ['POST', 'PUT', 'PATCH'].includes(operation.method) &&
        operation.slots.some((slot) => slot.location === 'body') &&
        !(operation.multipart ? FILES[key] : BODIES[key]);
      return [...unknown, ...(bodyless ? [`${key}: no request in BODIES/FILES`] : [])];
    });
    expect(missing).toEqual([]);
    expect(operations.length).toBeGreaterThan(60);
  });

  it('answers school A’s coordinator 404 (403, 422) for each of school B’s ids, and never shows B’s data', async () => {
    const wrong: string[] = [];
    for (const operation of operations) {
      const key = `${operation.method} ${operation.path}`;
      const foreign = operation.slots.filter((slot) => {
        const reference = references[slot.names];
        return reference && 'b' in reference;
      });
      // Region-wide reference data only: one call with the shared ids, which must not leak either.
      for (const attempt of foreign.length > 0 ? foreign : [undefined]) {
        const id = (name: string, location?: Slot['location']) => {
          const reference = references[name];
          if (!reference) throw new Error(`${key}: no real id for ${name}`);
          if ('shared' in reference) return reference.shared;
          const isAttempt = attempt && attempt.names === name && (!location || attempt.location === location);
          return isAttempt ? reference.b : reference.a;
        };
        const url =
          operation.path
            .replace(/^\/api\/v1/, '')
            .replace(/\{(\w+)\}/g, (_, field: string) =>
              id(
                operation.slots.find((slot) => slot.field === field && slot.location === 'path')!.names,
                'path',
              ),
            ) +
          (operation.slots.some((slot) => slot.location === 'query')
            ? `?${new URLSearchParams(
                operation.slots
                  .filter((slot) => slot.location === 'query')
                  .map((slot): [string, string] => [slot.field, id(slot.names, 'query')]),
              )}`
            : '');
        const bodyId = (name: string) => id(name, 'body');
        let response;
        let requestBody: Record<string, unknown> | undefined;
        if (operation.multipart) {
          const file = await FILES[key]();
          const fields: Record<string, string> = {
            ...Object.fromEntries(
              operation.slots
                .filter((slot) => slot.location === 'body')
                .map((slot) => [slot.field, bodyId(slot.names)]),
            ),
            ...file.fields,
          };
          requestBody = fields;
          response = await upload(url, actor, fields, file);
        } else {
          requestBody = BODIES[key]?.(bodyId);
          response = await platform.request(operation.method, url, actor, requestBody);
        }
        const where = attempt ? `B’s ${attempt.location} ${attempt.field}` : 'shared ids';
        const outcome = `${key} with ${where} → ${response.statusCode} ${response.body.slice(0, 160)}`;
        // The id the caller sent may come back (a problem's `instance` is the path): that tells nothing.
        const sent = `${url} ${JSON.stringify(requestBody)}`;
        const leaked = [...secretsOfB].filter(
          (secret) => response.body.includes(secret) && !sent.includes(secret),
        );
        if (leaked.length > 0) wrong.push(`${outcome} — shows B’s ${leaked.join(', ')}`);
        else if (response.statusCode >= 500) wrong.push(outcome);
        else if (!attempt) continue;
        else if (operation.permission && !can(ROLE, operation.permission)) {
          if (response.statusCode !== 403) wrong.push(`${outcome} — expected 403`);
        } else {
          const allowed = [404];
          if (attempt.location === 'body') allowed.push(422);
          if (attempt.location === 'query' && operation.list) allowed.push(200);
          if (!allowed.includes(response.statusCode))
            wrong.push(`${outcome} — expected ${allowed.join(' or ')}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 240_000);
});
