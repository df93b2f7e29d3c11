import { jetstreamManager } from '@nats-io/jetstream';
import { ASSESSMENTS_RPC, AssessmentsErrorCode, ProtocolProblemCode, type UploadedProtocolView } from '@orbita/assessments/rpc';
import { CodedException } from '@orbita/observability';
import { zipArchive } from '@orbita/testing';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { AssessmentsFixture, regional, schoolCoordinator } from '../test/assessments.fixture';

const HEADER = 'Код участника;Класс;Задание 1;Задание 2;Задание 3;Итого';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'));

describe('protocols', () => {
  let fixture: AssessmentsFixture;
  const schoolA = randomUUID();
  const schoolB = randomUUID();
  const coordinatorA = schoolCoordinator(schoolA);

  beforeAll(async () => {
    fixture = await AssessmentsFixture.start({ PROTOCOL_MAX_BYTES: 200_000, PROTOCOL_MAX_ROWS: 1500 });
  });

  afterAll(async () => {
    await fixture?.close();
  });

  const upload = async (workId: string, content: Buffer, options: { actor?: typeof coordinatorA; submit?: boolean; schoolId?: string; uploadId?: string } = {}) =>
    fixture.request(
      ASSESSMENTS_RPC.uploadProtocol,
      { workId, objectName: await fixture.upload(content), fileName: 'protocol.csv', submit: options.submit, schoolId: options.schoolId, uploadId: options.uploadId },
      options.actor ?? coordinatorA,
    );

  const rejection = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a rejection');
      },
      (error: unknown) => error as CodedException,
    );

  it('stores nothing, and writes no outbox row, when any row is invalid; the report names rows and columns', async () => {
    const work = await fixture.createWork([schoolA]);
    const codes = await fixture.issueCodes(work.id, schoolA, 2);
    const before = await fixture.journal();
    const objectName = await fixture.upload(csv(`${codes[0]};7А;1;1;1;3`, `${codes[1]};7А;5;1;1;7`, `NOPE;7А;1;1;1;3`));
    const uploadId = randomUUID();
    const error = await rejection(
      fixture.request(ASSESSMENTS_RPC.uploadProtocol, { workId: work.id, objectName, fileName: 'p.csv', submit: true, uploadId }, coordinatorA),
    );
    expect(error).toMatchObject({ status: 422, code: AssessmentsErrorCode.PROTOCOL_INVALID });
    expect(error.extensions).toEqual({
      rowCount: 3,
      problemCount: 2,
      problems: [
        { row: 3, column: 'Задание 1', value: '5', code: ProtocolProblemCode.SCORE_OUT_OF_RANGE, message: 'Балл за задание 1 должен быть от 0 до 2' },
        { row: 4, column: 'Код участника', value: 'NOPE', code: ProtocolProblemCode.CODE_UNKNOWN, message: 'Код NOPE не выдавался этой школе для этой работы' },
      ],
    });
    expect(await fixture.count('protocols')).toBe(0);
    expect(await fixture.count('protocol_versions')).toBe(0);
    expect(await fixture.count('protocol_rows')).toBe(0);
    expect(await fixture.journal()).toEqual(before);
    expect(await fixture.request(ASSESSMENTS_RPC.getProtocolUpload, { id: uploadId }, coordinatorA)).toMatchObject({ phase: 'rejected', rowsTotal: 3, problemCount: 2 });
    // The upload has been used up: nothing of it stays in the transfer bucket.
    expect(await (await fixture.bucket()).size(objectName)).toBeNull();
  });

  it('refuses an unreadable file with a report, and files over the size and row limits with 413', async () => {
    const work = await fixture.createWork([schoolA], { openCodes: true });
    const unreadable = await rejection(upload(work.id, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x00])));
    expect(unreadable).toMatchObject({ status: 422, extensions: { problems: [{ code: ProtocolProblemCode.FILE_UNREADABLE, row: null }] } });

    const tooManyRows = csv(...Array.from({ length: 1501 }, (_, index) => `P-${index};7А;1;1;1;3`));
    expect(await rejection(upload(work.id, tooManyRows))).toMatchObject({
      status: 413,
      code: AssessmentsErrorCode.PROTOCOL_TOO_MANY_ROWS,
      message: expect.stringContaining('more than 1500 data rows'),
    });

    // A sheet claiming to unpack to 480 MB from 512 packed bytes (which are no deflate stream: inflating would answer 422).
    const bomb = zipArchive([{ name: 'xl/worksheets/sheet1.xml', data: '', packed: Buffer.alloc(512, 7), declaredSize: 480 * 1024 * 1024 }]);
    expect(await rejection(upload(work.id, bomb))).toMatchObject({
      status: 413,
      code: 'REQUEST.TOO_LARGE',
      message: expect.stringContaining('unpacks to more than'),
    });

    const tooLarge = Buffer.concat([csv('P-1;7А;1;1;1;3'), Buffer.alloc(200_001, 0x20)]);
    expect(await rejection(upload(work.id, tooLarge))).toMatchObject({ status: 413, code: 'REQUEST.TOO_LARGE' });
    expect(await fixture.count('protocols')).toBe(0);
  });

  it('runs the lifecycle: draft, re-upload, submit, return, resubmission as version 2, accept', async () => {
    const work = await fixture.createWork([schoolA]);
    const codes = await fixture.issueCodes(work.id, schoolA, 3);
    const reviewer = regional();

    const draft = await upload(work.id, csv(`${codes[0]};7А;1;1;1;3`));
    expect(draft.protocol).toMatchObject({ status: 'draft', currentVersion: { number: 1, rowCount: 1, replacesVersionId: null } });
    const redraft = await upload(work.id, csv(`${codes[0]};7А;2;2;2;6`, `${codes[1]};7Б;0;0;0;0`));
    expect(redraft.protocol).toMatchObject({ id: draft.protocol.id, currentVersion: { id: draft.protocol.currentVersion.id, number: 1, rowCount: 2 } });
    expect((await fixture.request(ASSESSMENTS_RPC.getWork, { id: work.id }, reviewer)).versions).toEqual([
      expect.objectContaining({ protocolCount: 1 }),
    ]);
    const id = draft.protocol.id;
    await expect(fixture.request(ASSESSMENTS_RPC.acceptProtocol, { id }, reviewer)).rejects.toMatchObject({ status: 409, code: AssessmentsErrorCode.INVALID_TRANSITION });

    const submitted = await fixture.request(ASSESSMENTS_RPC.submitProtocol, { id }, coordinatorA);
    expect(submitted).toMatchObject({ status: 'submitted', currentVersion: { status: 'submitted', submittedBy: coordinatorA.userId } });
    expect(await rejection(upload(work.id, csv(`${codes[0]};7А;1;1;1;3`)))).toMatchObject({ status: 409, code: AssessmentsErrorCode.PROTOCOL_LOCKED });
    await expect(fixture.request(ASSESSMENTS_RPC.returnProtocol, { id, comment: 'x' }, coordinatorA)).rejects.toMatchObject({ status: 403 });

    const returned = await fixture.request(ASSESSMENTS_RPC.returnProtocol, { id, comment: 'Проверьте баллы 7Б' }, reviewer);
    expect(returned).toMatchObject({ status: 'returned', currentVersion: { comment: 'Проверьте баллы 7Б', reviewedBy: reviewer.userId } });

    const second = await upload(work.id, csv(`${codes[0]};7А;2;2;2;6`, `${codes[1]};7Б;1;0;0;1`, `${codes[2]};7Б;0;1;0;1`), { submit: true });
    expect(second.protocol).toMatchObject({
      id,
      status: 'submitted',
      currentVersion: { number: 2, rowCount: 3, replacesVersionId: draft.protocol.currentVersion.id },
    });
    const accepted = await fixture.request(ASSESSMENTS_RPC.acceptProtocol, { id }, reviewer);
    expect(accepted).toMatchObject({ status: 'accepted', currentVersion: { number: 2, status: 'accepted' } });

    const versions = await fixture.request(ASSESSMENTS_RPC.listProtocolVersions, { id }, coordinatorA);
    expect(versions.map(({ number, status, rowCount }) => ({ number, status, rowCount }))).toEqual([
      { number: 1, status: 'returned', rowCount: 2 },
      { number: 2, status: 'accepted', rowCount: 3 },
    ]);
    const firstRows = await fixture.request(ASSESSMENTS_RPC.listProtocolRows, { id, versionId: versions[0].id }, coordinatorA);
    expect(firstRows.items).toEqual([
      { row: 2, participantCode: codes[0], classLabel: '7А', scores: [2, 2, 2], total: 6 },
      { row: 3, participantCode: codes[1], classLabel: '7Б', scores: [0, 0, 0], total: 0 },
    ]);

    const events = (await fixture.journal(id)).map((event) => [event.subject, event.payload['versionNumber'] ?? event.payload['chunkIndex']]);
    expect(events).toEqual([
      // Each draft says so (no rows travel), for the completeness board.
      ['assessments.protocol.drafted.v1', 1],
      ['assessments.protocol.drafted.v1', 1],
      ['assessments.protocol.rows-recorded.v1', 0],
      ['assessments.protocol.submitted.v1', 1],
      ['assessments.protocol.returned.v1', 1],
      ['assessments.protocol.rows-recorded.v1', 0],
      ['assessments.protocol.submitted.v1', 2],
      ['assessments.protocol.accepted.v1', 2],
    ]);
    const resubmitted = (await fixture.journal(id))[6].payload;
    expect(resubmitted).toMatchObject({ replacesVersionId: draft.protocol.currentVersion.id, rowCount: 3, chunkCount: 1, workVersion: 1, schoolId: schoolA });
  });

  it('sends 1,200 rows as 3 chunks of at most 500 and then the submitted event, in that order, through JetStream', async () => {
    const work = await fixture.createWork([schoolB], { openCodes: true });
    const rows = Array.from({ length: 1200 }, (_, index) => `B-${index + 1};7${index % 2 ? 'А' : 'Б'};1;0,5;2;3,5`);
    const uploadId = randomUUID();
    const { protocol } = await upload(work.id, csv(...rows), { actor: regional(), schoolId: schoolB, submit: true, uploadId });
    const events = await fixture.journal(protocol.id);
    expect(events.map((event) => [event.subject, event.payload['chunkIndex'], (event.payload['rows'] as unknown[] | undefined)?.length])).toEqual([
      ['assessments.protocol.rows-recorded.v1', 0, 500],
      ['assessments.protocol.rows-recorded.v1', 1, 500],
      ['assessments.protocol.rows-recorded.v1', 2, 200],
      ['assessments.protocol.submitted.v1', undefined, undefined],
    ]);
    expect(events[3].payload).toMatchObject({ rowCount: 1200, chunkCount: 3, versionNumber: 1 });
    expect((events[0].payload['rows'] as unknown[])[0]).toEqual({ participantCode: 'B-1', classLabel: '7Б', scores: [1, 0.5, 2], total: 3.5 });

    const progress = await fixture.request(ASSESSMENTS_RPC.getProtocolUpload, { id: uploadId }, regional());
    expect(progress).toMatchObject({ phase: 'done', rowsProcessed: 1200, rowsTotal: 1200, protocolId: protocol.id });

    // The relay publishes them to the service's stream in the same order.
    const jsm = await jetstreamManager(fixture.nats);
    const stream = fixture.names.eventStream('assessments').name;
    const published: string[] = [];
    const deadline = Date.now() + 10_000;
    while (published.length < 4 && Date.now() < deadline) {
      published.length = 0;
      const last = (await jsm.streams.info(stream)).state.last_seq;
      for (let seq = 1; seq <= last; seq++) {
        const message = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
        const payload = message?.json<{ protocolId?: string; chunkIndex?: number }>();
        if (payload?.protocolId === protocol.id) published.push(`${fixture.names.unprefixed(message!.subject)}#${payload.chunkIndex ?? ''}`);
      }
      if (published.length < 4) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(published).toEqual([
      'assessments.protocol.rows-recorded.v1#0',
      'assessments.protocol.rows-recorded.v1#1',
      'assessments.protocol.rows-recorded.v1#2',
      'assessments.protocol.submitted.v1#',
    ]);
  });

  it('reads an XLSX template filled in', async () => {
    const work = await fixture.createWork([schoolA, schoolB]);
    const codes = await fixture.issueCodes(work.id, schoolB, 2);
    const download = await fixture.request(ASSESSMENTS_RPC.exportProtocolTemplate, { workId: work.id, schoolId: schoolB }, regional());
    const bucket = await fixture.bucket();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bucket.read(download.objectName))! as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Протокол')!;
    sheet.getRow(2).values = [codes[0], '7А', 2, 1, 0];
    sheet.getRow(3).values = [codes[1], '7А', 0, 0, 1.5];
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const { protocol } = await upload(work.id, filled, { actor: schoolCoordinator(schoolB) });
    expect(protocol.currentVersion).toMatchObject({ fileFormat: 'xlsx', rowCount: 2 });
    // The same file for another school is refused by its meta sheet.
    const elsewhere = await rejection(upload(work.id, filled, { actor: coordinatorA }));
    expect(elsewhere.extensions?.['problems']).toEqual(expect.arrayContaining([expect.objectContaining({ code: ProtocolProblemCode.SCHOOL_MISMATCH })]));
  });

  it('keeps each school to its own protocols: another school’s protocol and rows answer 404', async () => {
    const work = await fixture.createWork([schoolA, schoolB], { openCodes: true });
    const { protocol } = await upload(work.id, csv('A-1;7А;1;1;1;3'), { actor: coordinatorA });
    const coordinatorB = schoolCoordinator(schoolB);
    for (const contract of [
      ASSESSMENTS_RPC.getProtocol,
      ASSESSMENTS_RPC.listProtocolRows,
      ASSESSMENTS_RPC.listProtocolVersions,
      ASSESSMENTS_RPC.submitProtocol,
    ]) {
      await expect(fixture.request<{ id: string }, unknown>(contract, { id: protocol.id }, coordinatorB)).rejects.toMatchObject({
        status: 404,
        code: AssessmentsErrorCode.PROTOCOL_NOT_FOUND,
      });
    }
    const theirs = await fixture.request(ASSESSMENTS_RPC.listProtocols, { workId: work.id }, coordinatorB);
    expect(theirs.total).toBe(0);
    const asked = await fixture.request(ASSESSMENTS_RPC.listProtocols, { workId: work.id, schoolId: schoolA }, coordinatorB);
    expect(asked.total).toBe(0);
    const all = await fixture.request(ASSESSMENTS_RPC.listProtocols, { workId: work.id }, regional());
    expect(all.items.map((item) => item.id)).toEqual([protocol.id]);
    expect(await rejection(upload(work.id, csv('A-2;7А;1;1;1;3'), { actor: coordinatorB, schoolId: schoolA }))).toMatchObject({
      status: 404,
      code: AssessmentsErrorCode.SCHOOL_NOT_FOUND,
    });
    await expect(fixture.request(ASSESSMENTS_RPC.listProtocols, {}, { userId: randomUUID(), role: 'observer', schoolId: null })).rejects.toMatchObject({ status: 403 });
  });

  it('keeps a protocol’s current version its own: the key refuses another protocol’s version', async () => {
    const work = await fixture.createWork([schoolA, schoolB], { openCodes: true });
    const { protocol: mine } = await upload(work.id, csv('A-1;7А;1;1;1;3'));
    const { protocol: theirs } = await upload(work.id, csv('B-1;7Б;1;1;1;3'), { actor: schoolCoordinator(schoolB) });
    const makeCurrent = (versionId: string) =>
      fixture.dataSource.query('UPDATE protocols SET current_version_id = $1 WHERE id = $2', [versionId, mine.id]);
    await expect(makeCurrent(theirs.currentVersion.id)).rejects.toMatchObject({ code: '23503', constraint: 'protocols_current_version_fkey' });
    await expect(makeCurrent(mine.currentVersion.id)).resolves.toBeDefined();
  });
});
