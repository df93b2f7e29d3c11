import { DIRECTORY_ENTITIES, DIRECTORY_MIGRATIONS } from '@orbita/projects/directory';
import { tellTheDirectory } from '@orbita/projects/directory/testing';
import { JudgingErrorCode } from '@orbita/projects/judging';
import {
  PROJECTS_RPC,
  ProjectsErrorCode,
  type RegisterWorkCommand,
  type SeasonView,
} from '@orbita/projects/rpc';
import { schoolCoordinator, startTestService, type TestService } from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { DEFENCES_ENTITIES, DEFENCES_MIGRATIONS, ProjectsDefencesModule } from '../defences.module';

const SCHOOL_A = randomUUID();
const SCHOOL_B = randomUUID();
const STUDENT_OF_B = randomUUID();
const TEACHER_OF_B = randomUUID();
const PARTNER_CONSULTANT = randomUUID();
const EXPERT_OF_A = randomUUID();

describe('projects: the directory of schools’ students and staff', () => {
  let service: TestService;
  let season: SeasonView;

  const workOf = (fields: Partial<RegisterWorkCommand>): RegisterWorkCommand => ({
    seasonId: season.id,
    title: 'Маятник и смартфон',
    kind: 'project',
    subjectArea: 'physics',
    authorIds: [randomUUID()],
    supervisorId: randomUUID(),
    abstract: 'Измерение ускорения свободного падения',
    ...fields,
  });
  const refusal = (fields: Partial<RegisterWorkCommand>) =>
    service.failure(PROJECTS_RPC.registerWork, workOf(fields), schoolCoordinator(SCHOOL_A));

  beforeAll(async () => {
    service = await startTestService({
      name: 'projects',
      entities: [...DEFENCES_ENTITIES, ...DIRECTORY_ENTITIES],
      migrations: [...DEFENCES_MIGRATIONS, ...DIRECTORY_MIGRATIONS],
      modules: [ProjectsDefencesModule],
    });
    await service.answering(PROJECTS_RPC.listSeasons);
    season = await service.call(PROJECTS_RPC.createSeason, { schoolYear: 2025 });
    await service.call(PROJECTS_RPC.saveSection, {
      seasonId: season.id,
      subjectArea: 'physics',
      title: 'Физика',
      expertIds: [],
    });
    await tellTheDirectory(service, {
      people: [
        { personId: TEACHER_OF_B, organisationId: SCHOOL_B, schoolId: SCHOOL_B },
        { personId: PARTNER_CONSULTANT, organisationId: randomUUID() },
        { personId: EXPERT_OF_A, organisationId: SCHOOL_A, schoolId: SCHOOL_A },
      ],
      students: [{ studentId: STUDENT_OF_B, schoolId: SCHOOL_B }],
    });
  }, 60_000);

  afterAll(() => service?.close());

  it('refuses a work naming another school’s student or teacher, naming the field', async () => {
    expect(await refusal({ authorIds: [randomUUID(), STUDENT_OF_B] })).toMatchObject({
      code: ProjectsErrorCode.OUTSIDE_SCHOOL,
      status: 422,
      errors: [expect.objectContaining({ field: 'authorIds.1' })],
    });
    expect(await refusal({ supervisorId: TEACHER_OF_B })).toMatchObject({
      code: ProjectsErrorCode.OUTSIDE_SCHOOL,
      errors: [expect.objectContaining({ field: 'supervisorId' })],
    });
    expect(await refusal({ consultantId: TEACHER_OF_B })).toMatchObject({
      errors: [expect.objectContaining({ field: 'consultantId' })],
    });
  });

  it('takes a partner’s consultant, and the school’s own people, as given', async () => {
    const ofB = schoolCoordinator(SCHOOL_B);
    expect(
      await service.call(PROJECTS_RPC.registerWork, workOf({ consultantId: PARTNER_CONSULTANT }), ofB),
    ).toMatchObject({ schoolId: SCHOOL_B, consultantId: PARTNER_CONSULTANT });
    expect(
      await service.call(
        PROJECTS_RPC.registerWork,
        workOf({ authorIds: [STUDENT_OF_B], supervisorId: TEACHER_OF_B }),
        ofB,
      ),
    ).toMatchObject({ authorIds: [STUDENT_OF_B], supervisorId: TEACHER_OF_B });
  });

  it('keeps an expert off the works of the school they work at, by hand and automatically', async () => {
    const stageId = season.stages[0].id;
    await service.call(PROJECTS_RPC.saveSection, {
      seasonId: season.id,
      subjectArea: 'physics',
      title: 'Физика',
      expertIds: [EXPERT_OF_A],
    });
    const work = await service.call(PROJECTS_RPC.registerWork, workOf({}), schoolCoordinator(SCHOOL_A));
    expect(
      await service.failure(PROJECTS_RPC.assignExpert, {
        workId: work.id,
        stageId,
        expertPersonId: EXPERT_OF_A,
      }),
    ).toMatchObject({ code: JudgingErrorCode.EXPERT_CONFLICTED, status: 409 });
    const plan = await service.call(PROJECTS_RPC.assignExperts, { stageId, expertsPerWork: 1 });
    expect(plan.picks.map((pick) => pick.workId)).not.toContain(work.id);
    expect(plan.shortfalls).toContainEqual({
      workId: work.id,
      missing: 1,
      code: 'not-enough-unconflicted-experts',
    });
  });
});
