import { readProtocolFile } from '@orbita/assessments/protocol-files';
import { ASSESSMENTS_RPC, AssessmentsErrorCode, type UploadedProtocolView } from '@orbita/assessments/rpc';
import iconv from 'iconv-lite';
import { randomUUID } from 'node:crypto';
import { AssessmentsFixture, blueprint, regional, schoolCoordinator } from '../test/assessments.fixture';

describe('diagnostic works', () => {
  let fixture: AssessmentsFixture;
  const schoolA = randomUUID();
  const schoolB = randomUUID();

  beforeAll(async () => {
    fixture = await AssessmentsFixture.start();
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('publishes version 1 on creation, with WORK_PUBLISHED_V1 in the same transaction', async () => {
    const work = await fixture.createWork([schoolA]);
    expect(work).toMatchObject({ version: 1, maxTotal: 6, openCodes: false, schoolIds: [schoolA], versions: [{ version: 1, protocolCount: 0 }] });
    const events = await fixture.journal(work.id);
    expect(events.map((event) => [event.subject, event.payload['version']])).toEqual([['assessments.work.published.v1', 1]]);
    expect(events[0].payload).toMatchObject({ workId: work.id, tasks: [{ number: 1, label: '1', maxScore: 2 }, { number: 2 }, { number: 3 }], schoolIds: [schoolA] });
  });

  it('refuses blueprints whose parts do not fit together, naming the fields', async () => {
    const bad = blueprint([schoolA], {
      tasks: [{ number: 1, label: '1', maxScore: 2 }, { number: 3, label: '3', maxScore: 2 }],
      levels: [{ code: 'x', label: 'X', minTotal: 10 }],
      windowFrom: '2024-12-05',
      windowTo: '2024-12-01',
    });
    await expect(fixture.request(ASSESSMENTS_RPC.createWork, bad, regional())).rejects.toMatchObject({
      status: 400,
      errors: expect.arrayContaining([
        expect.objectContaining({ field: 'tasks' }),
        expect.objectContaining({ field: 'levels.0.minTotal' }),
        expect.objectContaining({ field: 'windowTo' }),
      ]),
    });
  });

  it('changes a version without protocols in place, and never one with protocols', async () => {
    const work = await fixture.createWork([schoolA], { openCodes: true });
    const revise = (expectedVersion: number, title: string) =>
      fixture.request(ASSESSMENTS_RPC.reviseWork, { ...blueprint([schoolA], { openCodes: true, title }), id: work.id, expectedVersion }, regional());

    const inPlace = await revise(1, 'Математика, 7 класс (исправлено)');
    expect(inPlace).toMatchObject({ changedInPlace: true, work: { version: 1, title: 'Математика, 7 класс (исправлено)' } });

    const csv = Buffer.from('Код;Класс;1;2;3\nP-1;7А;1;1;1\n');
    const upload = await fixture.request(
      ASSESSMENTS_RPC.uploadProtocol,
      { workId: work.id, objectName: await fixture.upload(csv), fileName: 'p.csv' },
      schoolCoordinator(schoolA),
    );
    expect(upload.protocol.currentVersion.workVersion).toBe(1);

    const revised = await revise(1, 'Математика, 7 класс, редакция 2');
    expect(revised).toMatchObject({ changedInPlace: false, work: { version: 2, title: 'Математика, 7 класс, редакция 2' } });
    expect(revised.work.versions).toEqual([
      expect.objectContaining({ version: 1, protocolCount: 1 }),
      expect.objectContaining({ version: 2, protocolCount: 0 }),
    ]);
    const first = await fixture.request(ASSESSMENTS_RPC.getWorkVersion, { id: work.id, version: 1 }, regional());
    expect(first.title).toBe('Математика, 7 класс (исправлено)');
    expect((await fixture.journal(work.id)).map((event) => event.payload['version'])).toEqual([1, 1, 2]);

    await expect(revise(1, 'stale')).rejects.toMatchObject({ status: 409, code: AssessmentsErrorCode.STALE_VERSION });
    const published = await fixture.request(
      ASSESSMENTS_RPC.publishWorkVersion,
      { ...blueprint([schoolA], { openCodes: true }), id: work.id, expectedVersion: 2 },
      regional(),
    );
    expect(published).toMatchObject({ changedInPlace: false, work: { version: 3 } });
  });

  it('shows a school account only the works its school takes', async () => {
    const forA = await fixture.createWork([schoolA], { title: 'Только для школы A' });
    const page = await fixture.request(ASSESSMENTS_RPC.listWorks, { q: 'Только для' }, schoolCoordinator(schoolB));
    expect(page.total).toBe(0);
    await expect(fixture.request(ASSESSMENTS_RPC.getWork, { id: forA.id }, schoolCoordinator(schoolB))).rejects.toMatchObject({
      status: 404,
      code: AssessmentsErrorCode.WORK_NOT_FOUND,
    });
    const mine = await fixture.request(ASSESSMENTS_RPC.listWorks, { q: 'Только для' }, schoolCoordinator(schoolA));
    expect(mine.items.map((work) => work.id)).toEqual([forA.id]);
    await expect(fixture.request(ASSESSMENTS_RPC.createWork, blueprint([schoolA]), schoolCoordinator(schoolA))).rejects.toMatchObject({ status: 403 });
  });

  it('issues participant codes per school, numbered per work', async () => {
    const work = await fixture.createWork([schoolA, schoolB]);
    const forB = await fixture.issueCodes(work.id, schoolB, 2);
    const forA = await fixture.request(ASSESSMENTS_RPC.issueParticipantCodes, { workId: work.id, count: 3 }, schoolCoordinator(schoolA));
    const moreForB = await fixture.issueCodes(work.id, schoolB, 1);
    expect(forB).toEqual(['2024-MATH7-S01-0001', '2024-MATH7-S01-0002']);
    expect(forA.codes).toEqual(['2024-MATH7-S02-0001', '2024-MATH7-S02-0002', '2024-MATH7-S02-0003']);
    expect(moreForB).toEqual(['2024-MATH7-S01-0003']);
    // Enrollment learns whose codes they are: a student is linked only to a code of their own school.
    const issued = (await fixture.journal(work.id)).filter((event) => event.subject === 'assessments.participant-codes.issued.v1');
    expect(issued.map((event) => event.payload)).toEqual([
      { workId: work.id, schoolId: schoolB, codes: forB },
      { workId: work.id, schoolId: schoolA, codes: forA.codes },
      { workId: work.id, schoolId: schoolB, codes: moreForB },
    ]);

    const listed = await fixture.request(ASSESSMENTS_RPC.listParticipantCodes, { workId: work.id }, schoolCoordinator(schoolA));
    expect(listed.items.map((code) => code.code)).toEqual(forA.codes);
    await expect(
      fixture.request(ASSESSMENTS_RPC.issueParticipantCodes, { workId: work.id, schoolId: schoolB, count: 1 }, schoolCoordinator(schoolA)),
    ).rejects.toMatchObject({ status: 404, code: AssessmentsErrorCode.SCHOOL_NOT_FOUND });
    await expect(fixture.issueCodes(work.id, randomUUID(), 1)).rejects.toMatchObject({ status: 409, code: AssessmentsErrorCode.SCHOOL_NOT_EXPECTED });
  });

  it('hands out the XLSX template through the transfer bucket, with the codes and a meta sheet', async () => {
    const work = await fixture.createWork([schoolA]);
    const codes = await fixture.issueCodes(work.id, schoolA, 2);
    const download = await fixture.request(ASSESSMENTS_RPC.exportProtocolTemplate, { workId: work.id, schoolId: schoolA }, schoolCoordinator(schoolA));
    expect(download).toMatchObject({ contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: 'Протокол Математика, 7 класс v1.xlsx' });
    const bucket = await fixture.bucket();
    const content = (await bucket.read(download.objectName))!;
    await bucket.delete(download.objectName);
    expect(content.length).toBe(download.size);
    const table = await readProtocolFile(content);
    expect(table.meta).toMatchObject({ workId: work.id, workVersion: '1', schoolId: schoolA });
    expect(table.header?.cells).toEqual(['Код участника', 'Класс', 'Задание 1 (макс. 2)', 'Задание 2 (макс. 2)', 'Задание 3 (макс. 2)', 'Итого (макс. 6)']);
    expect(table.rows.map((row) => row.cells[0])).toEqual(codes);

    await expect(
      fixture.request(ASSESSMENTS_RPC.exportProtocolTemplate, { workId: work.id, schoolId: schoolA }, schoolCoordinator(schoolB)),
    ).rejects.toMatchObject({ status: 404, code: AssessmentsErrorCode.SCHOOL_NOT_FOUND });
  });

  it('accepts a Windows-1251 CSV made from the template codes', async () => {
    const work = await fixture.createWork([schoolB]);
    const [code] = await fixture.issueCodes(work.id, schoolB, 1);
    const csv = iconv.encode(`Код участника;Класс;Задание 1;Задание 2;Задание 3;Итого\n${code};7А;1;2;0,5;3,5\n`, 'win1251');
    const uploaded = await fixture.request(
      ASSESSMENTS_RPC.uploadProtocol,
      { workId: work.id, schoolId: schoolB, objectName: await fixture.upload(csv), fileName: 'протокол.csv' },
      regional(),
    );
    expect(uploaded.protocol).toMatchObject({ status: 'draft', currentVersion: { rowCount: 1, fileFormat: 'csv', fileName: 'протокол.csv' } });
  });
});
