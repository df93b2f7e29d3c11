// The projects demo's seed: it asks the registry and enrollment over request/reply, which no projects
// library may do (a service never calls another's contracts), so it lives with the tools.
import { demoSeedDay, schoolYearOf } from '@orbita/contracts';
import { ENROLLMENT_RPC, type ListStudentsQuery } from '@orbita/enrollment/rpc';
import { TransferBucket, type RpcClient } from '@orbita/messaging';
import { loadConfig, type EnvSource } from '@orbita/observability';
import { PROJECTS_SERVICE, ProjectsConfig } from '@orbita/projects/service';
import {
  REGISTRY_RPC,
  type CreatePersonRequest,
  type ListOrganisationsQuery,
  type ListPeopleQuery,
  type ListSchoolsQuery,
} from '@orbita/registry/rpc';
import { dataSourceFor, withSystemBus } from '@orbita/service-host';
import type { DataSource } from 'typeorm';
import { seedDefencesDemo } from './projects-demo-defences';
import { DemoDocuments } from './projects-demo-documents';
import type { DemoSectionArea, ProjectsDemoContext } from './projects-demo-shared';
import { seedStudiosDemo } from './projects-demo-studios';

const PAGE_SIZE = 200;

/** The demo's history year (2024/25: the year of the seeds' classes, roadmap and works). */
export const PROJECTS_DEMO_PAST_YEAR = 2024;

/** Where a demo expert works: the regional centre, a partner university (by short name), or a demo school. */
type ExpertPlace = { centre: true } | { partner: string } | { school: number };

interface DemoExpert {
  surname: string;
  name: string;
  patronymic: string;
  position: string;
  section: DemoSectionArea;
  place: ExpertPlace;
}

/**
 * INVENTED experts, four per section: one of the regional centre, two of partner universities, one a
 * teacher of a demo school (by its place in the list by short name), so that the automatic assignment
 * meets real conflicts of interest. No surname is from the seed documents.
 */
const DEMO_EXPERTS: readonly DemoExpert[] = [
  {
    surname: 'Веденеев',
    name: 'Аркадий',
    patronymic: 'Львович',
    position: 'Методист по естественным наукам',
    section: 'natural_sciences',
    place: { centre: true },
  },
  {
    surname: 'Лиственная',
    name: 'Оксана',
    patronymic: 'Борисовна',
    position: 'Доцент кафедры зоологии',
    section: 'natural_sciences',
    place: { partner: 'ТГУ' },
  },
  {
    surname: 'Кедров',
    name: 'Виталий',
    patronymic: 'Эдуардович',
    position: 'Доцент кафедры химии',
    section: 'natural_sciences',
    place: { partner: 'ТГПУ' },
  },
  {
    surname: 'Шишкина',
    name: 'Лариса',
    patronymic: 'Аркадьевна',
    position: 'Учитель биологии',
    section: 'natural_sciences',
    place: { school: 3 },
  },
  {
    surname: 'Ольховский',
    name: 'Станислав',
    patronymic: 'Петрович',
    position: 'Доцент отделения электроэнергетики',
    section: 'engineering',
    place: { partner: 'ТПУ' },
  },
  {
    surname: 'Гранатова',
    name: 'Вера',
    patronymic: 'Максимовна',
    position: 'Старший преподаватель кафедры информатики',
    section: 'engineering',
    place: { partner: 'ТГУ' },
  },
  {
    surname: 'Рябинин',
    name: 'Григорий',
    patronymic: 'Олегович',
    position: 'Учитель технологии и робототехники',
    section: 'engineering',
    place: { school: 4 },
  },
  {
    surname: 'Тальникова',
    name: 'Жанна',
    patronymic: 'Витальевна',
    position: 'Педагог дополнительного образования',
    section: 'engineering',
    place: { centre: true },
  },
  {
    surname: 'Осокин',
    name: 'Борис',
    patronymic: 'Андреевич',
    position: 'Доцент кафедры отечественной истории',
    section: 'humanities',
    place: { partner: 'ТГПУ' },
  },
  {
    surname: 'Брусничная',
    name: 'Элина',
    patronymic: 'Рустамовна',
    position: 'Доцент кафедры русского языка',
    section: 'humanities',
    place: { partner: 'ТГУ' },
  },
  {
    surname: 'Ясенев',
    name: 'Филипп',
    patronymic: 'Германович',
    position: 'Учитель истории и обществознания',
    section: 'humanities',
    place: { school: 5 },
  },
  {
    surname: 'Черёмухина',
    name: 'Алла',
    patronymic: 'Семёновна',
    position: 'Методист по гуманитарным проектам',
    section: 'humanities',
    place: { centre: true },
  },
];

/** Гранатова (engineering) scores every work lower than her panels do. */
const SEVERE_EXPERT_INDEX = 5;

/** `expert01@demo.orbita.local`…: the gateway's seed gives each an expert account with the demo password. */
export const demoExpertEmail = (index: number) =>
  `expert${String(index + 1).padStart(2, '0')}@demo.orbita.local`;

/**
 * `nx seed projects` (`projects-demo.run.ts`): a past (2024/25) and a current season of project defences
 * with invented works of the demo schools' enrolled students, judged by 12 invented experts, and two
 * studio cycles with their regional-credit facts — all through the projects service's request/reply
 * contracts as the regional centre, the schools and the experts would (the registry, enrollment and
 * projects must be running). The experts are registered in the registry first (the gateway's seed then
 * gives them accounts). Idempotent: what is there already is left alone.
 */
export async function seedProjectsDemoData(env: EnvSource = process.env): Promise<string> {
  const config = loadConfig(ProjectsConfig, env);
  return withSystemBus(env, 'orbita-projects-seed', async ({ rpc, nc, names }) => {
    const dataSource = await dataSourceFor(PROJECTS_SERVICE, config).initialize();
    try {
      const bucket = await TransferBucket.open(nc, names, PROJECTS_SERVICE.name);
      const { context, registered } = await demoContext(rpc, new DemoDocuments(rpc, bucket));
      await directoryKnows(dataSource, [...context.experts.values()].flat());
      const defences = await seedDefencesDemo(rpc, context);
      const studios = await seedStudiosDemo(rpc, dataSource, context);
      return `${registered} expert(s) registered in the registry; ${defences}; ${studios}`;
    } finally {
      await dataSource.destroy();
    }
  });
}

async function demoContext(
  rpc: RpcClient,
  documents: DemoDocuments,
): Promise<{ context: ProjectsDemoContext; registered: number }> {
  const today = demoSeedDay();
  const schools = await registrySchools(rpc);
  const teachers = new Map<string, string[]>();
  const studentsByYear = new Map<string, string[]>();
  for (const schoolId of schools) {
    teachers.set(schoolId, await peopleOf(rpc, { organisationId: schoolId, role: 'teacher' }));
    for (const student of await schoolStudents(rpc, schoolId))
      for (const year of new Set(student.memberships.map((membership) => membership.schoolYear))) {
        const key = `${schoolId}/${year}`;
        studentsByYear.set(key, [...(studentsByYear.get(key) ?? []), student.id]);
      }
  }
  const partners = await partnerUniversities(rpc);
  const centre = await regionalCentre(rpc);
  const { experts, expertSchools, severeExpert, registered } = await registryExperts(rpc, {
    schools,
    partners,
    centre,
  });
  const context: ProjectsDemoContext = {
    today,
    pastYear: PROJECTS_DEMO_PAST_YEAR,
    currentYear: schoolYearOf(today),
    schools,
    teachers,
    students: (schoolId, year) => studentsByYear.get(`${schoolId}/${year}`) ?? [],
    partners,
    experts,
    expertSchools,
    severeExpert,
    documents,
  };
  return { context, registered };
}

/** Registers the demo experts the registry lacks (matched by e-mail); their ids by section. */
async function registryExperts(
  rpc: RpcClient,
  { schools, partners, centre }: { schools: string[]; partners: Map<string, string>; centre: string },
) {
  const present = new Map(
    (await rpc.request(REGISTRY_RPC.listPeople, { role: 'expert', pageSize: PAGE_SIZE })).items.map(
      (person) => [person.email, person.id],
    ),
  );
  const experts = new Map<DemoSectionArea, string[]>();
  const expertSchools = new Map<string, string>();
  const ids: string[] = [];
  let registered = 0;
  for (const [index, expert] of DEMO_EXPERTS.entries()) {
    const email = demoExpertEmail(index);
    const organisationId = organisationOf(expert.place, { schools, partners, centre });
    let id = present.get(email);
    if (!id) {
      const request: CreatePersonRequest = {
        organisationId,
        surname: expert.surname,
        name: expert.name,
        patronymic: expert.patronymic,
        position: expert.position,
        email,
        roles: ['expert'],
      };
      id = (await rpc.request(REGISTRY_RPC.createPerson, request)).id;
      registered++;
    }
    if ('school' in expert.place) expertSchools.set(id, organisationId);
    experts.set(expert.section, [...(experts.get(expert.section) ?? []), id]);
    ids.push(id);
  }
  return { experts, expertSchools, severeExpert: ids[SEVERE_EXPERT_INDEX], registered };
}

function organisationOf(
  place: ExpertPlace,
  { schools, partners, centre }: { schools: string[]; partners: Map<string, string>; centre: string },
): string {
  if ('centre' in place) return centre;
  const id = 'school' in place ? schools[place.school] : partners.get(place.partner);
  if (!id)
    throw new Error(`The registry has no demo organisation for ${JSON.stringify(place)}: run its seed first`);
  return id;
}

/**
 * Conflicts of interest by organisation come from the projects service's directory, which learns the
 * registry's people from its events: the automatic assignment must not run before it knows where the
 * experts work, or it could seat one on their own school's work or their university's partner work.
 */
async function directoryKnows(
  dataSource: DataSource,
  personIds: string[],
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ known }] = await dataSource.query<Array<{ known: number }>>(
      'SELECT count(*)::int AS known FROM known_people WHERE person_id = ANY($1::uuid[])',
      [personIds],
    );
    if (known === personIds.length) return;
    if (Date.now() > deadline)
      throw new Error(
        'The projects service has not learnt the demo experts from the registry’s events in time',
      );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Active school ids by short name, page by page. */
async function registrySchools(rpc: RpcClient): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const query: ListSchoolsQuery = { page, pageSize: PAGE_SIZE, active: true, sort: 'shortName' };
    const reply = await rpc.request(REGISTRY_RPC.listSchools, query);
    ids.push(...reply.items.map((school) => school.id));
    if (reply.items.length === 0 || ids.length >= reply.total) return ids;
  }
}

async function peopleOf(
  rpc: RpcClient,
  filter: Pick<ListPeopleQuery, 'organisationId' | 'role'>,
): Promise<string[]> {
  const query: ListPeopleQuery = { ...filter, active: true, pageSize: PAGE_SIZE, sort: 'createdAt,id' };
  return (await rpc.request(REGISTRY_RPC.listPeople, query)).items.map((person) => person.id);
}

async function partnerUniversities(rpc: RpcClient): Promise<Map<string, string>> {
  const query: ListOrganisationsQuery = { kind: 'university', pageSize: PAGE_SIZE };
  const reply = await rpc.request(REGISTRY_RPC.listOrganisations, query);
  return new Map(reply.items.map((organisation) => [organisation.shortName, organisation.id]));
}

async function regionalCentre(rpc: RpcClient): Promise<string> {
  const query: ListOrganisationsQuery = { kind: 'regional_centre', pageSize: PAGE_SIZE };
  const [centre] = (await rpc.request(REGISTRY_RPC.listOrganisations, query)).items;
  if (!centre) throw new Error('The registry has no regional centre: run its seed first');
  return centre.id;
}

/** A school's students with their class memberships (ids and years are all the seed keeps). */
async function schoolStudents(rpc: RpcClient, schoolId: string) {
  const students = [];
  for (let page = 1; ; page++) {
    const query: ListStudentsQuery = { schoolId, page, pageSize: PAGE_SIZE, sort: 'id' };
    const reply = await rpc.request(ENROLLMENT_RPC.listStudents, query);
    students.push(...reply.items);
    if (reply.items.length === 0 || students.length >= reply.total) return students;
  }
}
