import type { Actor } from '@orbita/auth';
import { samplePdf } from '@orbita/document-files/testing';
import { PROJECTS_RPC, ProjectsErrorCode, type SeasonView, type WorkView } from '@orbita/projects/rpc';
import { schoolCoordinator, type TestService } from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { startDefencesService } from '../../test/defences-service';

const SCHOOL_A = randomUUID();
const SCHOOL_B = randomUUID();
const EXPERT = randomUUID();
const OTHER_EXPERT = randomUUID();

const expert = (personId: string): Actor => ({
  userId: randomUUID(),
  role: 'expert',
  schoolId: null,
  personId,
});

describe('projects: works’ files', () => {
  let service: TestService;
  let season: SeasonView;
  let work: WorkView;

  beforeAll(async () => {
    service = await startDefencesService();
    season = await service.call(PROJECTS_RPC.createSeason, { schoolYear: 2025 });
    await service.call(PROJECTS_RPC.saveSection, {
      seasonId: season.id,
      subjectArea: 'physics',
      title: 'Физика',
      expertIds: [EXPERT, OTHER_EXPERT],
    });
    work = await service.call(
      PROJECTS_RPC.registerWork,
      {
        seasonId: season.id,
        title: 'Маятник и смартфон',
        kind: 'research',
        subjectArea: 'physics',
        authorIds: [randomUUID()],
        supervisorId: randomUUID(),
        abstract: 'Сравнение датчиков',
      },
      schoolCoordinator(SCHOOL_A),
    );
    await service.call(PROJECTS_RPC.assignExpert, {
      workId: work.id,
      stageId: season.stages[0].id,
      expertPersonId: EXPERT,
    });
  }, 60_000);

  afterAll(() => service?.close());

  const attach = async (content: Buffer, fileName: string, actor = schoolCoordinator(SCHOOL_A)) => {
    const objectName = await service.upload(content);
    return { objectName, request: { workId: work.id, objectName, fileName }, actor };
  };

  const downloaded = async (actor: Actor): Promise<Buffer | null> => {
    const download = await service.call(PROJECTS_RPC.downloadWorkFile, { id: work.id }, actor);
    return (await service.bucket()).read(download.objectName);
  };

  it('refuses what is not a document by its content, naming the field, and keeps nothing', async () => {
    const text = await attach(Buffer.from('%PDX not a document at all'), 'work.pdf');
    expect(await service.failure(PROJECTS_RPC.attachWorkFile, text.request, text.actor)).toMatchObject({
      code: ProjectsErrorCode.DOCUMENT_TYPE_NOT_ALLOWED,
      status: 415,
      errors: [{ field: 'file' }],
    });
    const broken = await attach(Buffer.from('%PDF-1.7 and then nothing of a PDF'), 'work.pdf');
    expect(await service.failure(PROJECTS_RPC.attachWorkFile, broken.request, broken.actor)).toMatchObject({
      code: ProjectsErrorCode.DOCUMENT_UNREADABLE,
      status: 422,
      errors: [{ field: 'file' }],
    });
    expect(await (await service.bucket()).size(text.objectName)).toBeNull();
    expect(await service.failure(PROJECTS_RPC.getWorkFile, { id: work.id })).toMatchObject({
      code: ProjectsErrorCode.DOCUMENT_NOT_FOUND,
      status: 404,
    });
  });

  it('keeps the work’s school’s upload, named by what it is, and leaves the bucket empty', async () => {
    const pdf = samplePdf();
    const upload = await attach(pdf, 'C:\\fakepath\\Маятник');
    const file = await service.call(PROJECTS_RPC.attachWorkFile, upload.request, upload.actor);
    expect(file).toMatchObject({
      workId: work.id,
      fileName: 'Маятник.pdf',
      format: 'PDF',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    expect(await (await service.bucket()).size(upload.objectName)).toBeNull();
    expect(await service.call(PROJECTS_RPC.getWorkFile, { id: work.id }, expert(EXPERT))).toEqual(file);
  });

  it('replaces the file with a new upload', async () => {
    const pdf = samplePdf('BT /F1 12 Tf (Versiya 2) Tj ET');
    const upload = await attach(pdf, 'Маятник, версия 2.pdf');
    await service.call(PROJECTS_RPC.attachWorkFile, upload.request, upload.actor);
    expect(await downloaded(schoolCoordinator(SCHOOL_A))).toEqual(pdf);
  });

  it('lets every reader of the work download it: its school, the region, its expert', async () => {
    const school = await downloaded(schoolCoordinator(SCHOOL_A));
    expect(school?.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await downloaded(expert(EXPERT))).toEqual(school);
    const region = await service.call(PROJECTS_RPC.downloadWorkFile, { id: work.id });
    expect(region).toMatchObject({ fileName: 'Маятник, версия 2.pdf', contentType: 'application/pdf' });
  });

  it('answers another school and an expert not assigned as if the work did not exist', async () => {
    for (const actor of [schoolCoordinator(SCHOOL_B), expert(OTHER_EXPERT)])
      expect(await service.failure(PROJECTS_RPC.downloadWorkFile, { id: work.id }, actor)).toMatchObject({
        code: ProjectsErrorCode.WORK_NOT_FOUND,
        status: 404,
      });
    // Whatever the file, the work is what another school cannot reach.
    const upload = await attach(Buffer.from('not a document'), 'чужая.pdf', schoolCoordinator(SCHOOL_B));
    expect(await service.failure(PROJECTS_RPC.attachWorkFile, upload.request, upload.actor)).toMatchObject({
      code: ProjectsErrorCode.WORK_NOT_FOUND,
      status: 404,
    });
    expect(await (await service.bucket()).size(upload.objectName)).toBeNull();
  });

  it('is not the experts’ to upload: 403', async () => {
    const upload = await attach(samplePdf(), 'work.pdf', expert(EXPERT));
    expect(await service.failure(PROJECTS_RPC.attachWorkFile, upload.request, upload.actor)).toMatchObject({
      status: 403,
    });
  });
});
