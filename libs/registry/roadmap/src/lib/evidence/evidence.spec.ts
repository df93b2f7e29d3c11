import {
  ROADMAP_RPC,
  RoadmapErrorCode,
  type AttachedEvidenceView,
  type EvidenceView,
  type RoadmapActivityDetailView,
} from '@orbita/registry/rpc';
import { waitFor } from '@orbita/service-host/testing';
import { createHash } from 'node:crypto';
import { RoadmapFixture, regionalCoordinator, schoolCoordinator } from '../../test/roadmap.fixture';
import {
  contentTypes,
  sampleDocx,
  samplePdf,
  samplePng,
  sampleXlsx,
  zipOf,
} from '@orbita/document-files/testing';

const LYCEUM = 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска';
const GYMNASIUM = 'МАОУ гимназия № 2 города Асино Томской области';

describe('roadmap evidence', () => {
  let fixture: RoadmapFixture;
  const coordinator = regionalCoordinator();

  beforeAll(async () => {
    fixture = await RoadmapFixture.start();
  });

  afterAll(async () => {
    await fixture?.close();
  });

  const attach = async (
    activity: RoadmapActivityDetailView,
    deliverable: number,
    content: Buffer,
    fileName: string,
    extra: object = {},
    actor = coordinator,
  ) =>
    fixture.call(
      ROADMAP_RPC.attachEvidence,
      {
        activityId: activity.id,
        deliverableId: activity.deliverables[deliverable].id,
        objectName: await fixture.upload(content),
        fileName,
        ...extra,
      },
      actor,
    );
  const storedFiles = async () =>
    (await fixture.dataSource.query('SELECT count(*)::int AS n FROM evidence_files'))[0].n as number;

  it('moves the activity from planned to in progress, then to done when every expected document has evidence', async () => {
    // Activity 1 expects four documents: the letter, the list of schools, the list of partners, the appointments.
    const activity = await fixture.activity('1');
    expect(activity).toMatchObject({ status: 'planned', deliverableCount: 4, missingDeliverableCount: 4 });

    const first = await attach(activity, 0, samplePdf(), 'Официальное письмо.pdf');
    expect(first.activityStatus).toBe('in_progress');
    expect(first.evidence).toMatchObject({
      deliverableId: activity.deliverables[0].id,
      schoolId: null,
      fileName: 'Официальное письмо.pdf',
      format: 'PDF',
      contentType: 'application/pdf',
      size: samplePdf().length,
      sha256: createHash('sha256').update(samplePdf()).digest('hex'),
      uploadedBy: coordinator.userId,
    });
    expect((await attach(activity, 1, sampleXlsx(), 'Перечень школ.xlsx')).activityStatus).toBe(
      'in_progress',
    );
    expect((await attach(activity, 2, sampleXlsx(), 'Партнёры.xlsx')).activityStatus).toBe('in_progress');
    expect((await attach(activity, 3, sampleDocx(), 'Приказ о назначении.docx')).activityStatus).toBe('done');

    const after = await fixture.activity('1');
    expect(after).toMatchObject({
      status: 'done',
      state: 'done',
      overdue: false,
      missingDeliverableCount: 0,
    });
    expect(after.deliverables.map((deliverable) => deliverable.evidence.length)).toEqual([1, 1, 1, 1]);

    const changes = await fixture.published(
      'registry.roadmap-activity.status-changed.v1',
      { activityId: activity.id },
      2,
    );
    expect(
      changes.map((event) => [event.payload['from'], event.payload['to'], event.payload['cause']]),
    ).toEqual([
      ['planned', 'in_progress', 'evidence'],
      ['in_progress', 'done', 'evidence'],
    ]);
    const attached = await fixture.published(
      'registry.roadmap-evidence.attached.v1',
      { activityId: activity.id },
      4,
    );
    expect(attached[0].payload).toEqual({
      evidenceId: first.evidence.id,
      activityId: activity.id,
      roadmapId: activity.roadmapId,
      deliverableId: activity.deliverables[0].id,
      format: 'PDF',
      size: first.evidence.size,
      sha256: first.evidence.sha256,
      uploadedBy: coordinator.userId,
    });
  });

  it('reopens an activity when the evidence that completed it is removed: planned again when none is left', async () => {
    // Activity 2 expects one document: the approved roadmap.
    const activity = await fixture.activity('2');
    const { evidence, activityStatus } = await attach(activity, 0, samplePdf(), 'Дорожная карта.pdf');
    expect(activityStatus).toBe('done');

    await expect(fixture.call(ROADMAP_RPC.deleteEvidence, { id: evidence.id })).resolves.toBeUndefined();
    expect(await fixture.activity('2')).toMatchObject({ status: 'planned', missingDeliverableCount: 1 });
    await expect(fixture.failure(ROADMAP_RPC.downloadEvidence, { id: evidence.id })).resolves.toMatchObject({
      code: RoadmapErrorCode.EVIDENCE_NOT_FOUND,
    });
  });

  it.each([
    [
      'a program named like a PDF',
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00 This program cannot be run in DOS mode', 'latin1'),
      'Протокол.pdf',
      415,
      RoadmapErrorCode.EVIDENCE_TYPE_NOT_ALLOWED,
      /not a document of an accepted format/,
    ],
    [
      'text that only starts like a PDF',
      Buffer.from('%PDF-1.4\nany text'),
      'Письмо.pdf',
      422,
      RoadmapErrorCode.EVIDENCE_UNREADABLE,
      /"Письмо.pdf" does not open as a document: it does not parse as a PDF/,
    ],
    [
      'a PNG signature without an image',
      Buffer.concat([samplePng().subarray(0, 8), Buffer.from('IHDR....IEND')]),
      'Фото.png',
      422,
      RoadmapErrorCode.EVIDENCE_UNREADABLE,
      /"Фото.png" does not open as a document: the PNG image has no readable dimensions/,
    ],
    [
      'a Word package without its document',
      zipOf([
        contentTypes(
          'word/document.xml',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        ),
      ]),
      'Приказ.docx',
      422,
      RoadmapErrorCode.EVIDENCE_UNREADABLE,
      /"Приказ.docx" does not open as a document: the DOCX package has no main part word\/document.xml/,
    ],
    [
      'a file over the limit',
      Buffer.concat([samplePdf(), Buffer.alloc(64 * 1024)]),
      'Большой скан.pdf',
      413,
      RoadmapErrorCode.EVIDENCE_TOO_LARGE,
      /"Большой скан.pdf" is 65 KB; evidence files may be at most 64 KB/,
    ],
    [
      'an empty file',
      Buffer.alloc(0),
      'Пустой.docx',
      400,
      RoadmapErrorCode.EVIDENCE_EMPTY,
      /"Пустой.docx" is empty/,
    ],
  ])(
    'refuses %s, naming the problem, and keeps nothing',
    async (_case, content, fileName, status, code, message) => {
      const activity = await fixture.activity('3');
      const filesBefore = await storedFiles();
      const objectName = await fixture.upload(content);
      const error = await fixture.failure(ROADMAP_RPC.attachEvidence, {
        activityId: activity.id,
        deliverableId: activity.deliverables[0].id,
        objectName,
        fileName,
      });
      expect(error).toMatchObject({ status, code });
      expect(error.message).toMatch(message);
      if (code === RoadmapErrorCode.EVIDENCE_UNREADABLE) expect(error.extensions).toEqual({ fileName });
      expect(await storedFiles()).toBe(filesBefore);
      expect(await fixture.activity('3')).toMatchObject({ status: 'planned' });
      // The upload is gone from the transfer bucket too.
      expect(await (await fixture.bucket()).size(objectName)).toBeNull();
    },
  );

  it('answers an upload that is not (or no longer) in the bucket', async () => {
    const activity = await fixture.activity('3');
    const objectName = await fixture.upload(samplePdf());
    await (await fixture.bucket()).delete(objectName);
    await expect(
      fixture.failure(ROADMAP_RPC.attachEvidence, {
        activityId: activity.id,
        deliverableId: activity.deliverables[0].id,
        objectName,
        fileName: 'a.pdf',
      }),
    ).resolves.toMatchObject({ status: 400, code: RoadmapErrorCode.EVIDENCE_UPLOAD_MISSING });
  });

  it("keeps schools' evidence per school: a school attaches and sees only its own", async () => {
    // Activity 22 (the invitational work) is done with the schools; its document is the results protocol.
    const lyceum = await fixture.schoolId(LYCEUM);
    const gymnasium = await fixture.schoolId(GYMNASIUM);
    const lyceumCoordinator = schoolCoordinator(lyceum);
    const activity = await fixture.activity('22', lyceumCoordinator);
    expect(activity.missingDeliverableCount).toBe(1);

    const own = await attach(activity, 0, samplePng(), 'Протокол лицея.png', {}, lyceumCoordinator);
    expect(own.evidence.schoolId).toBe(lyceum);
    // School evidence starts the work but does not complete the region's document.
    expect(own.activityStatus).toBe('in_progress');
    const byRegion = await attach(activity, 0, samplePdf(), 'Протокол гимназии.pdf', { schoolId: gymnasium });
    expect(byRegion.evidence.schoolId).toBe(gymnasium);

    expect(await fixture.activity('22', lyceumCoordinator)).toMatchObject({ missingDeliverableCount: 0 });
    const seenByLyceum = await fixture.call(
      ROADMAP_RPC.listEvidence,
      { activityId: activity.id },
      lyceumCoordinator,
    );
    expect(seenByLyceum.map((evidence) => evidence.id)).toEqual([own.evidence.id]);
    const seenByRegion = await fixture.call(ROADMAP_RPC.listEvidence, {
      activityId: activity.id,
    });
    expect(seenByRegion.map((evidence) => evidence.id).sort()).toEqual(
      [own.evidence.id, byRegion.evidence.id].sort(),
    );
    await expect(
      fixture.failure(ROADMAP_RPC.downloadEvidence, { id: byRegion.evidence.id }, lyceumCoordinator),
    ).resolves.toMatchObject({
      status: 404,
    });
    await expect(
      fixture.failure(ROADMAP_RPC.deleteEvidence, { id: byRegion.evidence.id }, lyceumCoordinator),
    ).resolves.toMatchObject({
      status: 404,
    });
  });

  it('refuses school evidence outside the school scope or for activities without schools', async () => {
    const lyceum = await fixture.schoolId(LYCEUM);
    const gymnasium = await fixture.schoolId(GYMNASIUM);
    const invitational = await fixture.activity('22');
    const departmentOnly = await fixture.activity('3');
    const refused = async (activity: RoadmapActivityDetailView, extra: object, actor = coordinator) =>
      fixture.failure(
        ROADMAP_RPC.attachEvidence,
        {
          activityId: activity.id,
          deliverableId: activity.deliverables[0].id,
          objectName: await fixture.upload(samplePdf()),
          fileName: 'x.pdf',
          ...extra,
        },
        actor,
      );

    await expect(
      refused(invitational, { schoolId: gymnasium }, schoolCoordinator(lyceum)),
    ).resolves.toMatchObject({
      status: 404,
      code: 'REGISTRY.SCHOOL_NOT_FOUND',
    });
    await expect(refused(departmentOnly, {}, schoolCoordinator(lyceum))).resolves.toMatchObject({
      status: 403,
      code: RoadmapErrorCode.EVIDENCE_OUTSIDE_SCOPE,
    });
    await expect(refused(departmentOnly, { schoolId: lyceum })).resolves.toMatchObject({
      status: 400,
      code: RoadmapErrorCode.EVIDENCE_NOT_FOR_SCHOOLS,
    });
    await expect(refused(invitational, { schoolId: invitational.id })).resolves.toMatchObject({
      status: 404,
      code: 'REGISTRY.SCHOOL_NOT_FOUND',
    });
    await expect(
      refused(invitational, { deliverableId: (await fixture.activity('1')).deliverables[0].id }),
    ).resolves.toMatchObject({
      status: 404,
      code: RoadmapErrorCode.DELIVERABLE_NOT_FOUND,
    });
    // A teacher reads the roadmap but attaches nothing.
    await expect(
      refused(invitational, {}, { ...schoolCoordinator(lyceum), role: 'teacher' }),
    ).resolves.toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
  });

  it('hands a file back through the transfer bucket for download', async () => {
    const activity = await fixture.activity('4');
    const content = sampleXlsx();
    const { evidence } = await attach(activity, 0, content, 'C:\\Users\\coordinator\\Списки рекомендованных');

    const download = await fixture.call(ROADMAP_RPC.downloadEvidence, {
      id: evidence.id,
    });
    expect(download).toEqual({
      objectName: expect.any(String),
      fileName: 'Списки рекомендованных.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      size: content.length,
    });
    const bucket = await fixture.bucket();
    expect(await bucket.read(download.objectName)).toEqual(content);
    await bucket.delete(download.objectName);
    await waitFor(async () => (await bucket.size(download.objectName)) === null);
  });
});
