import { EXPERT_ASSIGNED_V1 } from '@orbita/contracts';
import {
  PROJECTS_RPC,
  ProjectsErrorCode,
  type AssignmentImportRowView,
  type RegisterWorkCommand,
  type SeasonView,
  type WorkView,
} from '@orbita/projects/rpc';
import { schoolCoordinator, type TestService } from '@orbita/service-host/testing';
import iconv from 'iconv-lite';
import { randomUUID } from 'node:crypto';
import { startDefencesService } from '../../test/defences-service';

const SCHOOL = randomUUID();
const EXPERT_1 = randomUUID();
const EXPERT_2 = randomUUID();
const SUPERVISOR_EXPERT = randomUUID();
const MATH_EXPERT = randomUUID();

describe('projects: bulk assignment from a file', () => {
  let service: TestService;
  let season: SeasonView;
  let stageId: string;
  let pendulum: WorkView;
  let rainbow: WorkView;
  let algebra: WorkView;

  beforeAll(async () => {
    service = await startDefencesService();
    season = await service.call(PROJECTS_RPC.createSeason, { schoolYear: 2025 });
    stageId = season.stages[0].id;
    for (const [subjectArea, title, expertIds] of [
      ['physics', 'Физика', [EXPERT_1, EXPERT_2, SUPERVISOR_EXPERT]],
      ['math', 'Математика', [MATH_EXPERT]],
    ] as const)
      await service.call(PROJECTS_RPC.saveSection, {
        seasonId: season.id,
        subjectArea,
        title,
        expertIds: [...expertIds],
      });
    const register = (fields: Partial<RegisterWorkCommand>) =>
      service.call(
        PROJECTS_RPC.registerWork,
        {
          seasonId: season.id,
          title: 'Работа',
          kind: 'research',
          subjectArea: 'physics',
          authorIds: [randomUUID()],
          supervisorId: randomUUID(),
          abstract: 'Аннотация',
          ...fields,
        },
        schoolCoordinator(SCHOOL),
      );
    pendulum = await register({ title: 'Маятник', supervisorId: SUPERVISOR_EXPERT });
    rainbow = await register({ title: 'Радуга  в капле' });
    algebra = await register({ title: 'Алгебра', subjectArea: 'math' });
    await register({ title: 'Двойник' });
    await register({ title: 'Двойник' });
  }, 60_000);

  afterAll(() => service?.close());

  const importFile = async (content: Buffer, dryRun: boolean) => {
    const objectName = await service.upload(content);
    return { objectName, command: { stageId, objectName, fileName: 'назначения.csv', dryRun } };
  };
  const assignments = () => service.call(PROJECTS_RPC.listAssignments, { stageId });
  const outcomes = (rows: readonly AssignmentImportRowView[]) =>
    rows.map(({ row, outcome, column }) => ({ row, outcome, column }));

  // Windows-1251 and `;`, as Excel saves a CSV on a Russian Windows.
  const faulty = () =>
    iconv.encode(
      [
        'Работа;Эксперт;Примечание',
        `${pendulum.id};${EXPERT_1};`,
        `радуга в капле;${EXPERT_2};по названию`,
        `${pendulum.id};${SUPERVISOR_EXPERT};руководитель`,
        `Нет такой работы;${EXPERT_1};`,
        `${rainbow.id};${randomUUID()};`,
        `${algebra.id};${EXPERT_1};`,
        `${pendulum.id};${EXPERT_1};повтор`,
        `Двойник;${EXPERT_1};`,
      ].join('\r\n'),
      'win1251',
    );

  it('reports in a dry run what each row would do, saving nothing', async () => {
    const { objectName, command } = await importFile(faulty(), true);
    const report = await service.call(PROJECTS_RPC.importAssignments, command);
    expect(report).toMatchObject({ stageId, dryRun: true, rowCount: 8, assigned: 2, problemCount: 6 });
    expect(outcomes(report.rows)).toEqual([
      { row: 2, outcome: 'assign', column: null },
      { row: 3, outcome: 'assign', column: null },
      { row: 4, outcome: 'conflict', column: 'Эксперт' },
      { row: 5, outcome: 'unknown-work', column: 'Работа' },
      { row: 6, outcome: 'unknown-expert', column: 'Эксперт' },
      { row: 7, outcome: 'outside-section', column: 'Эксперт' },
      { row: 8, outcome: 'duplicate', column: 'Работа' },
      { row: 9, outcome: 'unknown-work', column: 'Работа' },
    ]);
    expect(report.rows[1]).toMatchObject({ workId: rainbow.id, expertPersonId: EXPERT_2 });
    expect(report.rows[2].message).toContain('руководитель работы');
    expect(await assignments()).toEqual([]);
    expect(await (await service.bucket()).size(objectName)).toBeNull();
  });

  it('applies nothing of a file with a bad row: 422 naming each row and column', async () => {
    const { command } = await importFile(faulty(), false);
    const failure = await service.failure(PROJECTS_RPC.importAssignments, command);
    expect(failure).toMatchObject({ code: ProjectsErrorCode.ASSIGNMENT_IMPORT_INVALID, status: 422 });
    expect(failure.errors?.[0]).toMatchObject({ field: 'row 4: Эксперт' });
    const rows = (failure.extensions as { rows: AssignmentImportRowView[] }).rows;
    expect(outcomes(rows).map(({ row }) => row)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(await assignments()).toEqual([]);
  });

  it('assigns every row of a clean file, and a second run finds them assigned', async () => {
    const clean = Buffer.from(`work_id,expert_id\n${pendulum.id},${EXPERT_1}\n${rainbow.id},${EXPERT_2}\n`);
    const applied = await service.call(
      PROJECTS_RPC.importAssignments,
      (await importFile(clean, false)).command,
    );
    expect(applied).toMatchObject({ dryRun: false, assigned: 2, problemCount: 0 });
    expect((await assignments()).map(({ workId, expertPersonId }) => ({ workId, expertPersonId }))).toEqual(
      expect.arrayContaining([
        { workId: pendulum.id, expertPersonId: EXPERT_1 },
        { workId: rainbow.id, expertPersonId: EXPERT_2 },
      ]),
    );
    // The experts hear of their works as from the automatic assignment: one event each, ids only.
    const [event] = await service.published(EXPERT_ASSIGNED_V1.subject, { expertPersonId: EXPERT_2 });
    expect(event.payload).toMatchObject({ stageId, workIds: [rainbow.id], automatic: false });
    const again = await service.call(
      PROJECTS_RPC.importAssignments,
      (await importFile(clean, false)).command,
    );
    expect(again).toMatchObject({ assigned: 0, problemCount: 0 });
    expect(again.rows.map((row) => row.outcome)).toEqual(['already-assigned', 'already-assigned']);
    expect(await assignments()).toHaveLength(2);
  });

  it('refuses a file without an expert column, naming the form field', async () => {
    const { command } = await importFile(Buffer.from(`Работа;Комментарий\n${pendulum.id};да\n`), true);
    expect(await service.failure(PROJECTS_RPC.importAssignments, command)).toMatchObject({
      code: ProjectsErrorCode.ASSIGNMENT_IMPORT_INVALID,
      status: 422,
      errors: [{ field: 'file', message: expect.stringContaining('Эксперт') }],
    });
  });

  it('is the regional centre’s: a school account gets 403', async () => {
    const { command } = await importFile(Buffer.from('a;b\n'), true);
    expect(
      await service.failure(PROJECTS_RPC.importAssignments, command, schoolCoordinator(SCHOOL)),
    ).toMatchObject({
      status: 403,
    });
  });
});
