import { DIRECTORY_ENTITIES, DIRECTORY_MIGRATIONS } from '@orbita/projects/directory';
import { tellTheDirectory } from '@orbita/projects/directory/testing';
import {
  ProjectsErrorCode,
  STUDIOS_RPC,
  type ApplyForStudioCommand,
  type StudioCycleView,
} from '@orbita/projects/rpc';
import { schoolCoordinator, startTestService, type TestService } from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { ProjectsStudiosModule, STUDIOS_ENTITIES, STUDIOS_MIGRATIONS } from '../studios.module';

const SCHOOL_A = randomUUID();
const SCHOOL_B = randomUUID();
const STUDENT_OF_A = randomUUID();
const STUDENT_OF_B = randomUUID();
const TEACHER_OF_A = randomUUID();
const TEACHER_OF_B = randomUUID();
const PARTNER_MENTOR = randomUUID();

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('projects: a studio application names the school’s own mentor and team', () => {
  let service: TestService;
  let cycle: StudioCycleView;
  const ofA = schoolCoordinator(SCHOOL_A);

  const plan = (fields: Partial<ApplyForStudioCommand> = {}): ApplyForStudioCommand => ({
    cycleId: cycle.id,
    direction: 'Естественно-научное',
    theme: 'Экология малых рек',
    mentorPersonId: TEACHER_OF_A,
    teamStudentIds: [STUDENT_OF_A, randomUUID()],
    ...fields,
  });
  const applicationsOfA = () => service.call(STUDIOS_RPC.listApplications, { cycleId: cycle.id }, ofA);

  beforeAll(async () => {
    service = await startTestService({
      name: 'projects',
      entities: [...STUDIOS_ENTITIES, ...DIRECTORY_ENTITIES],
      migrations: [...STUDIOS_MIGRATIONS, ...DIRECTORY_MIGRATIONS],
      modules: [ProjectsStudiosModule],
    });
    await service.answering(STUDIOS_RPC.listCycles);
    cycle = await service.call(STUDIOS_RPC.openCycle, {
      schoolYear: 2025,
      applicationsOpenOn: dayFromToday(-10),
      applicationsCloseOn: dayFromToday(30),
      criteria: {
        indicators: [
          { id: 'events', name: 'Мероприятия', unit: 'мероприятия', rule: { kind: 'perFact', points: 5 } },
        ],
      },
    });
    await tellTheDirectory(service, {
      people: [
        { personId: TEACHER_OF_A, organisationId: SCHOOL_A, schoolId: SCHOOL_A },
        { personId: TEACHER_OF_B, organisationId: SCHOOL_B, schoolId: SCHOOL_B },
        { personId: PARTNER_MENTOR, organisationId: randomUUID() },
      ],
      students: [
        { studentId: STUDENT_OF_A, schoolId: SCHOOL_A },
        { studentId: STUDENT_OF_B, schoolId: SCHOOL_B },
      ],
    });
  }, 60_000);

  afterAll(() => service?.close());

  it('refuses another school’s student or teacher with 422 naming the field, and saves nothing', async () => {
    expect(
      await service.failure(STUDIOS_RPC.apply, plan({ teamStudentIds: [STUDENT_OF_A, STUDENT_OF_B] }), ofA),
    ).toMatchObject({
      code: ProjectsErrorCode.OUTSIDE_SCHOOL,
      status: 422,
      errors: [expect.objectContaining({ field: 'teamStudentIds.1' })],
    });
    expect(
      await service.failure(STUDIOS_RPC.apply, plan({ mentorPersonId: TEACHER_OF_B }), ofA),
    ).toMatchObject({
      code: ProjectsErrorCode.OUTSIDE_SCHOOL,
      status: 422,
      errors: [expect.objectContaining({ field: 'mentorPersonId' })],
    });
    expect(await applicationsOfA()).toEqual([]);
  });

  it('takes the school’s own people, a partner’s mentor and people not known yet', async () => {
    expect(await service.call(STUDIOS_RPC.apply, plan(), ofA)).toMatchObject({
      schoolId: SCHOOL_A,
      mentorPersonId: TEACHER_OF_A,
    });
    expect(
      await service.call(STUDIOS_RPC.apply, plan({ mentorPersonId: PARTNER_MENTOR }), ofA),
    ).toMatchObject({ mentorPersonId: PARTNER_MENTOR, status: 'submitted' });
  });

  it('refuses a returned application resubmitted with another school’s people, keeping it as it was', async () => {
    const application = await service.call(STUDIOS_RPC.apply, plan({ theme: 'Гидрология' }), ofA);
    await service.call(STUDIOS_RPC.decideApplication, {
      id: application.id,
      decision: 'return',
      comment: 'Уточните состав команды',
    });
    const edited = {
      id: application.id,
      direction: application.direction,
      theme: 'Гидрология малых рек',
      mentorPersonId: TEACHER_OF_A,
      teamStudentIds: [STUDENT_OF_B],
    };
    expect(await service.failure(STUDIOS_RPC.resubmitApplication, edited, ofA)).toMatchObject({
      code: ProjectsErrorCode.OUTSIDE_SCHOOL,
      status: 422,
      errors: [expect.objectContaining({ field: 'teamStudentIds.0' })],
    });
    expect(await service.call(STUDIOS_RPC.getApplication, { id: application.id }, ofA)).toMatchObject({
      status: 'returned',
      theme: 'Гидрология',
      teamStudentIds: application.teamStudentIds,
    });
  });
});
