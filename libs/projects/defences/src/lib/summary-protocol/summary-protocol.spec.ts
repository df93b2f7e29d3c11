import type { Actor } from '@orbita/auth';
import { CommonErrorCode } from '@orbita/observability';
import {
  PROJECTS_RPC,
  ProjectsErrorCode,
  type SeasonView,
  type SectionView,
  type WorkView,
} from '@orbita/projects/rpc';
import { schoolCoordinator, type TestService } from '@orbita/service-host/testing';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { startDefencesService } from '../../test/defences-service';

const SCHOOL_A = randomUUID();
const SCHOOL_B = randomUUID();
const EXPERTS = [randomUUID(), randomUUID()];
const expert = (personId: string): Actor => ({
  userId: randomUUID(),
  role: 'expert',
  schoolId: null,
  personId,
});

describe('projects: the summary protocol of a stage', () => {
  let service: TestService;
  let season: SeasonView;
  let section: SectionView;
  let best: WorkView;
  let second: WorkView;
  const names = {
    schoolNames: [
      { id: SCHOOL_A, name: 'МАОУ лицей № 1' },
      { id: SCHOOL_B, name: 'МАОУ СОШ № 16' },
    ],
    expertNames: [
      { id: EXPERTS[0], name: 'Аксёнова А. А.' },
      { id: EXPERTS[1], name: 'Борисов Б. Б.' },
    ],
    authorNames: [] as { id: string; name: string }[],
  };

  const register = (schoolId: string, title: string) =>
    service.call(
      PROJECTS_RPC.registerWork,
      {
        seasonId: season.id,
        title,
        kind: 'research',
        subjectArea: 'physics',
        authorIds: [randomUUID()],
        supervisorId: randomUUID(),
        abstract: 'Аннотация',
      },
      schoolCoordinator(schoolId),
    );

  beforeAll(async () => {
    service = await startDefencesService();
    season = await service.call(PROJECTS_RPC.createSeason, { schoolYear: 2024 });
    const stageId = season.stages[0].id;
    section = await service.call(PROJECTS_RPC.saveSection, {
      seasonId: season.id,
      subjectArea: 'physics',
      title: 'Физика',
      expertIds: EXPERTS,
    });
    best = await register(SCHOOL_A, 'Маятник и смартфон');
    second = await register(SCHOOL_B, '=1+2 как модель');
    await service.call(PROJECTS_RPC.createRubricVersion, {
      stageId,
      criteria: [
        {
          key: 'goal',
          title: 'Постановка цели',
          maxPoints: 4,
          weight: 1,
          levels: [{ points: 4, descriptor: 'Цель поставлена и достигнута' }],
          allowNotApplicable: false,
        },
      ],
    });
    // Both experts judge both works: 4 and 3 of 4 (87.5), then 2 and 1 (37.5).
    const points = new Map([
      [best.id, [4, 3]],
      [second.id, [2, 1]],
    ]);
    for (const work of [best, second]) {
      for (const [index, expertPersonId] of EXPERTS.entries()) {
        await service.call(PROJECTS_RPC.assignExpert, { workId: work.id, stageId, expertPersonId });
        const at = { workId: work.id, stageId };
        await service.call(
          PROJECTS_RPC.saveSheet,
          { ...at, scores: [{ criterionKey: 'goal', points: points.get(work.id)![index] }] },
          expert(expertPersonId),
        );
        await service.call(PROJECTS_RPC.submitSheet, at, expert(expertPersonId));
      }
    }
  }, 120_000);

  afterAll(() => service?.close());

  it('leaves the workbook in the transfer bucket: each expert’s total, score, rank and award, with the names given', async () => {
    const file = await service.call(PROJECTS_RPC.exportSummaryProtocol, {
      stageId: season.stages[0].id,
      format: 'xlsx',
      ...names,
      authorNames: [{ id: best.authorIds[0], name: 'Воронцова Алиса' }],
    });
    expect(file).toMatchObject({
      fileName: 'Сводный протокол, Школьный этап (предзащита), 2024_2025 учебный год.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await (await service.bucket()).read(file.objectName)) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Физика') as ExcelJS.Worksheet;
    const row = (number: number) => (sheet.getRow(number).values as unknown[]).slice(1);
    expect(row(2)[0]).toBe(
      'Школьный этап (предзащита), 2024/2025 учебный год (предварительный: этап не закрыт)',
    );
    expect(row(5)).toEqual([
      '№',
      'Работа',
      'Образовательная организация',
      'Эксперт: Аксёнова А. А., %',
      'Эксперт: Борисов Б. Б., %',
      'Итоговый балл, %',
      'Место',
      'Награда',
    ]);
    expect(row(6)).toEqual([1, 'Маятник и смартфон', 'МАОУ лицей № 1', 100, 75, 87.5, 1, 'Диплом I степени']);
    expect(row(7)).toEqual([2, "'=1+2 как модель", 'МАОУ СОШ № 16', 50, 25, 37.5, 2, 'Диплом II степени']);
    const diplomas = workbook.getWorksheet('Список для дипломов') as ExcelJS.Worksheet;
    // Authors as the gateway named them; one it did not name is printed as the enrollment student id.
    expect(diplomas.getRow(6).getCell(6).value).toBe('Воронцова Алиса');
    expect(diplomas.getRow(7).getCell(6).value).toBe(second.authorIds[0]);
  });

  it('writes the DOCX alike, and a section of another season is a 404 naming sectionId', async () => {
    const file = await service.call(PROJECTS_RPC.exportSummaryProtocol, {
      stageId: season.stages[0].id,
      format: 'docx',
      sectionId: section.id,
      ...names,
    });
    expect(file.fileName).toBe(
      'Сводный протокол, Школьный этап (предзащита), 2024_2025 учебный год, Физика.docx',
    );
    expect(file.size).toBeGreaterThan(1000);
    expect(
      await service.failure(PROJECTS_RPC.exportSummaryProtocol, {
        stageId: season.stages[0].id,
        format: 'docx',
        sectionId: randomUUID(),
        ...names,
      }),
    ).toMatchObject({ code: ProjectsErrorCode.SECTION_NOT_FOUND, status: 404 });
  });

  it('refuses an author name keyed by anything but a student id, or too long, naming the entry', async () => {
    for (const [author, field] of [
      [{ id: 'st-1', name: 'Воронцова Алиса' }, 'authorNames.0.id'],
      [{ id: randomUUID(), name: 'А'.repeat(501) }, 'authorNames.0.name'],
    ] as const)
      expect(
        await service.failure(PROJECTS_RPC.exportSummaryProtocol, {
          stageId: season.stages[0].id,
          format: 'xlsx',
          ...names,
          authorNames: [author],
        }),
      ).toMatchObject({ status: 400, errors: [expect.objectContaining({ field })] });
  });

  it('is no longer provisional once the stage is closed', async () => {
    const stageId = season.stages[0].id;
    await service.call(PROJECTS_RPC.closeStage, { id: stageId });
    const file = await service.call(PROJECTS_RPC.exportSummaryProtocol, {
      stageId,
      format: 'xlsx',
      ...names,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await (await service.bucket()).read(file.objectName)) as unknown as ArrayBuffer,
    );
    expect((workbook.getWorksheet('Физика') as ExcelJS.Worksheet).getCell('A2').value).toBe(
      'Школьный этап (предзащита), 2024/2025 учебный год',
    );
  });

  it('is the regional centre’s', async () => {
    expect(
      await service.failure(
        PROJECTS_RPC.exportSummaryProtocol,
        { stageId: season.stages[0].id, format: 'xlsx', ...names },
        schoolCoordinator(SCHOOL_A),
      ),
    ).toMatchObject({ code: CommonErrorCode.FORBIDDEN, status: 403 });
  });
});
