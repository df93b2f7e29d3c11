// The enrollment demo's seed: it asks the registry over request/reply, which no enrollment library may do
// (a service never calls another's contracts), so it lives with the tools.
import { demoAddedTeacher, demoTeachersNeeded, seedEnrollmentDemo } from '@orbita/enrollment/classes';
import { demoSeedDay } from '@orbita/contracts';
import {
  REGISTRY_RPC,
  type CreatePersonRequest,
  type ListPeopleQuery,
  type ListSchoolsQuery,
  type PersonView,
} from '@orbita/registry/rpc';
import type { RpcClient } from '@orbita/messaging';
import { loadConfig, type EnvSource } from '@orbita/observability';
import { dataSourceFor, withSystemBus } from '@orbita/service-host';
import { ENROLLMENT_SERVICE, EnrollmentConfig } from '@orbita/enrollment/service';
import { seedTrainingsDemo } from './trainings-demo';

const PAGE_SIZE = 200;

/**
 * `nx seed enrollment` (`enrollment-demo.run.ts`): the programme classes of seed 000 with invented
 * students, taught by registry teachers, in 2024/25 and the current school year. The registry's demo has
 * two teachers per school; the classes need 36, so the missing ones are registered in the registry
 * (invented, on the demo e-mail domain) over its request/reply API as the system. The registry must be
 * running. Idempotent.
 */
export async function seedEnrollmentDemoData(env: EnvSource = process.env): Promise<string> {
  const config = loadConfig(EnrollmentConfig, env);
  return withSystemBus(env, 'orbita-enrollment-seed', async ({ rpc }) => {
    const dataSource = await dataSourceFor(ENROLLMENT_SERVICE, config).initialize();
    try {
      const schools = await registrySchools(rpc);
      const { teachers, registered } = await registryTeachers(rpc, schools);
      const classes = await seedEnrollmentDemo(dataSource, { schools, teachers }, demoSeedDay());
      // The trainings' attendees are these teachers: recorded once all of them exist.
      const classTeachers = [...demoTeachersNeeded()].map(([fullName, needed]) =>
        (teachers.get(schools.get(fullName) ?? '') ?? []).slice(0, needed),
      );
      const trainings = await seedTrainingsDemo(rpc, classTeachers, demoSeedDay());
      return `${classes}; ${registered} teacher(s) registered in the registry; ${trainings} training(s) recorded`;
    } finally {
      await dataSource.destroy();
    }
  });
}

/** School ids by full name, page by page. */
async function registrySchools(rpc: RpcClient): Promise<Map<string, string>> {
  const schools = new Map<string, string>();
  for (let page = 1; ; page++) {
    const query: ListSchoolsQuery = { page, pageSize: PAGE_SIZE, sort: 'shortName' };
    const reply = await rpc.request(REGISTRY_RPC.listSchools, query);
    for (const school of reply.items) schools.set(school.fullName, school.id);
    if (reply.items.length === 0 || page * PAGE_SIZE >= reply.total) return schools;
  }
}

/** Each demo school's teachers, oldest first, after registering the ones its classes still lack. */
async function registryTeachers(rpc: RpcClient, schools: ReadonlyMap<string, string>) {
  const teachers = new Map<string, string[]>();
  let registered = 0;
  let schoolNumber = 0;
  for (const [fullName, needed] of demoTeachersNeeded()) {
    schoolNumber++;
    const schoolId = schools.get(fullName);
    if (!schoolId) throw new Error(`The registry has no school «${fullName}»: run the registry's seed first`);
    const present = await schoolTeachers(rpc, schoolId);
    const emails = new Set(present.map((person) => person.email));
    for (let k = 1; present.length < needed; k++) {
      const email = `teacher-${schoolNumber}-${k}@demo.orbita.local`;
      if (emails.has(email)) continue;
      const { gender: _gender, ...names } = demoAddedTeacher(schoolNumber, k);
      const request: CreatePersonRequest = {
        organisationId: schoolId,
        ...names,
        position: 'Учитель',
        email,
        roles: ['teacher'],
      };
      present.push(await rpc.request(REGISTRY_RPC.createPerson, request));
      registered++;
    }
    teachers.set(
      schoolId,
      present.map((person) => person.id),
    );
  }
  return { teachers, registered };
}

async function schoolTeachers(rpc: RpcClient, organisationId: string): Promise<PersonView[]> {
  const query: ListPeopleQuery = {
    organisationId,
    role: 'teacher',
    active: true,
    pageSize: PAGE_SIZE,
    sort: 'createdAt,id',
  };
  return (await rpc.request(REGISTRY_RPC.listPeople, query)).items;
}
