import { ASSESSMENTS_SERVICE, AssessmentsConfig } from '@orbita/assessments/service';
import { seedAssessmentsDemoData } from '../../tools/seeds/assessments-demo';
import type { ParticipantCodeView, WorkView } from '@orbita/assessments/rpc';
import type { Page } from '@orbita/contracts';
import type { SchoolView } from '@orbita/registry/rpc';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import { testActorKeys } from '@orbita/testing';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { randomUUID } from 'node:crypto';
import { multipart } from './support/multipart';
import { TestPlatform } from './support/platform';

/**
 * Issue 4, assessments part, through the gateway: the demo region and its demo works, participant codes,
 * the XLSX template, protocol uploads (Windows-1251 CSV, UTF-8 CSV with a BOM, too large, malformed), the
 * row-level report, the lifecycle and the school scope.
 */
describe('assessments through the gateway (demo region and works)', () => {
  let platform: TestPlatform;
  let regional: string;
  let coordinatorA: string;
  let coordinatorB: string;
  let schoolA: SchoolView;
  let schoolB: SchoolView;
  let math: WorkView;
  let codes: string[];

  beforeAll(async () => {
    platform = await TestPlatform.start([
      { definition: REGISTRY_SERVICE, config: RegistryConfig, seed: seedRegistryDemoData },
      { definition: ASSESSMENTS_SERVICE, config: AssessmentsConfig, seed: seedAssessmentsDemoData },
    ]);
    regional = await platform.gateway.tokenFor('regional_coordinator');
    [schoolA, schoolB] = (await platform.request('GET', '/schools?sort=shortName', regional)).json<
      Page<SchoolView>
    >().items;
    coordinatorA = await platform.gateway.tokenFor('school_coordinator', schoolA.id);
    coordinatorB = await platform.gateway.tokenFor('school_coordinator', schoolB.id);
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
  });

  const upload = (
    token: string,
    fields: Record<string, string>,
    file?: { name: string; content: Buffer },
  ) => {
    const body = multipart(fields, file);
    return platform.request('POST', '/protocols', token, body.payload, body.headers);
  };

  it('has the demo works of 2024/25, expected from every demo school, with codes issued; seeding again changes nothing', async () => {
    const works = (await platform.request('GET', '/works?schoolYear=2024&sort=title', coordinatorA)).json<
      Page<WorkView>
    >();
    expect(works.items.map((work) => [work.kind, work.subject, work.grades, work.levels.length])).toEqual([
      ['final', 'math', [7], 3],
      ['final', 'physics', [8], 3],
      ['intermediate', 'math', [7], 3],
    ]);
    math = works.items[2];
    expect(math.schoolIds).toHaveLength(8);
    expect(math.maxTotal).toBe(15);
    const issued = (
      await platform.request('GET', `/works/${math.id}/participant-codes?pageSize=100`, coordinatorA)
    ).json<Page<ParticipantCodeView>>();
    expect(issued.total).toBe(30);
    codes = issued.items.map((code) => code.code);
    expect(codes[0]).toMatch(/^2024-MATH7-S0\d-0001$/);

    const again = await seedAssessmentsDemoData({
      DATABASE_URL: platform.database.url,
      NATS_SUBJECT_PREFIX: platform.prefix,
      ACTOR_SIGNING_KEY: testActorKeys().signingKey,
      ACTOR_VERIFY_KEY: testActorKeys().verifyKey,
    });
    expect(again).toContain('0 created now');
    expect(again).toContain('0 participant codes issued now');
  });

  it('serves the XLSX template with the school’s codes and takes it back filled in', async () => {
    const template = await platform.request(
      'GET',
      `/works/${math.id}/schools/${schoolA.id}/template`,
      coordinatorA,
    );
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toContain('spreadsheetml');
    expect(template.headers['content-disposition']).toMatch(
      /^attachment; filename=".+\.xlsx"; filename\*=UTF-8''%D0%9F/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Протокол')!;
    expect(sheet.getCell('A2').value).toBe(codes[0]);
    sheet.getRow(2).values = [codes[0], '7А', 1, 1, 1, 2, 2, 2, 3, 3];
    sheet.getRow(3).values = [codes[1], '7А', 0, 1, 0, 1, 0, 1, 0, 1];
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const uploaded = await upload(
      coordinatorA,
      { workId: math.id },
      { name: 'Протокол 7А.xlsx', content: filled },
    );
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({
      protocol: {
        status: 'draft',
        schoolId: schoolA.id,
        currentVersion: { rowCount: 2, fileFormat: 'xlsx' },
      },
    });
    // Another school's template: out of scope answers 404, as a school that does not exist.
    expect(
      (await platform.request('GET', `/works/${math.id}/schools/${schoolA.id}/template`, coordinatorB))
        .statusCode,
    ).toBe(404);
  });

  it('takes a Windows-1251 CSV with ";", submits it, reports the upload done, and keeps it from other schools', async () => {
    const uploadId = randomUUID();
    const header = 'Код участника;Класс;З1;З2;З3;З4;З5;З6;З7;З8;Итого';
    const csv = iconv.encode(
      `${header}\r\n${codes[0]};7А;1;1;1;2;2;2;3;3;15\r\n${codes[2]};7Б;0;0,5;1;0;1;1;0;0;3,5\r\n`,
      'win1251',
    );
    const response = await upload(
      coordinatorA,
      { workId: math.id, submit: 'true', uploadId },
      { name: 'протокол.csv', content: csv },
    );
    expect(response.statusCode).toBe(201);
    const { protocol } = response.json<{ protocol: { id: string } }>();
    expect(response.json()).toMatchObject({
      uploadId,
      protocol: { status: 'submitted', currentVersion: { number: 1, rowCount: 2, fileName: 'протокол.csv' } },
    });
    expect(
      (await platform.request('GET', `/protocol-uploads/${uploadId}`, coordinatorA)).json(),
    ).toMatchObject({ phase: 'done', rowsProcessed: 2, rowsTotal: 2 });

    const rows = (
      await platform.request('GET', `/protocols/${protocol.id}/rows?sort=-total`, coordinatorA)
    ).json<Page<{ participantCode: string; scores: number[] }>>();
    expect(rows.items[1]).toMatchObject({ participantCode: codes[2], scores: [0, 0.5, 1, 0, 1, 1, 0, 0] });
    for (const url of [
      `/protocols/${protocol.id}`,
      `/protocols/${protocol.id}/rows`,
      `/protocols/${protocol.id}/versions`,
      `/protocol-uploads/${uploadId}`,
    ]) {
      expect((await platform.request('GET', url, coordinatorB)).statusCode).toBe(404);
    }
    expect(
      (await platform.request('POST', `/protocols/${protocol.id}/accept`, coordinatorA)).statusCode,
    ).toBe(403);

    const returned = await platform.request('POST', `/protocols/${protocol.id}/return`, regional, {
      comment: 'Проверьте 7Б',
    });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      currentVersion: { comment: 'Проверьте 7Б' },
    });
    const resubmitted = await upload(
      coordinatorA,
      { workId: math.id, submit: 'true' },
      { name: 'протокол-2.csv', content: csv },
    );
    expect(resubmitted.json()).toMatchObject({
      protocol: { id: protocol.id, status: 'submitted', currentVersion: { number: 2 } },
    });
    const accepted = await platform.request('POST', `/protocols/${protocol.id}/accept`, regional);
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    expect(
      (await platform.request('GET', `/protocols/${protocol.id}/versions`, coordinatorA)).json<unknown[]>(),
    ).toHaveLength(2);
  });

  it('answers 422 with the row-level report for bad rows (UTF-8 with a BOM and ","), as problem+json, storing nothing', async () => {
    const csv = Buffer.from(
      `\uFEFFcode,class,task 1,task 2,task 3,task 4,task 5,task 6,task 7,task 8,total\n${codes[0]},7А,1,1,1,2,2,2,3,4,16\nUNKNOWN,7А,1,1,1,1,1,1,1,1,8\n`,
    );
    const response = await upload(coordinatorB, { workId: math.id }, { name: 'bad.csv', content: csv });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'ASSESSMENTS.PROTOCOL_INVALID',
      status: 422,
      problemCount: 3,
      rowCount: 2,
      problems: [
        {
          row: 2,
          column: 'code',
          code: 'CODE_UNKNOWN',
          message: `Код ${codes[0]} не выдавался этой школе для этой работы`,
        },
        { row: 2, column: 'task 8', value: '4', code: 'SCORE_OUT_OF_RANGE' },
        { row: 3, column: 'code', code: 'CODE_UNKNOWN' },
      ],
    });
    expect(
      (await platform.request('GET', `/protocols?workId=${math.id}`, coordinatorB)).json(),
    ).toMatchObject({ total: 0 });
  });

  it('refuses files over 10 MB while receiving them, and requests that are not a proper file upload', async () => {
    const tooLarge = await upload(
      coordinatorA,
      { workId: math.id },
      { name: 'huge.csv', content: Buffer.alloc(10 * 1024 * 1024 + 1, 0x41) },
    );
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ code: 'REQUEST.TOO_LARGE' });
    expect((await upload(coordinatorA, { workId: math.id })).statusCode).toBe(400);
    const badFields = await upload(
      coordinatorA,
      { workId: 'nope' },
      { name: 'p.csv', content: Buffer.from('x') },
    );
    expect(badFields.statusCode).toBe(400);
    expect(badFields.json()).toMatchObject({ errors: [expect.objectContaining({ field: 'workId' })] });
    expect((await platform.request('POST', '/protocols', coordinatorA, { workId: math.id })).statusCode).toBe(
      415,
    );
  });
});
