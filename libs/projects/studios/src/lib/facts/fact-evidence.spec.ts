import type { Actor } from '@orbita/auth';
import { samplePdf, samplePng } from '@orbita/document-files/testing';
import { DIRECTORY_ENTITIES, DIRECTORY_MIGRATIONS } from '@orbita/projects/directory';
import { ProjectsErrorCode, STUDIOS_RPC, StudiosErrorCode, type CreditFactView } from '@orbita/projects/rpc';
import { schoolCoordinator, startTestService, type TestService } from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { ProjectsStudiosModule, STUDIOS_ENTITIES, STUDIOS_MIGRATIONS } from '../studios.module';

const SCHOOL = randomUUID();
const OTHER_SCHOOL = randomUUID();
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const expert: Actor = { userId: randomUUID(), role: 'expert', schoolId: null, personId: randomUUID() };

describe('projects: credit facts’ evidence', () => {
  let service: TestService;
  let fact: CreditFactView;

  beforeAll(async () => {
    service = await startTestService({
      name: 'projects',
      entities: [...STUDIOS_ENTITIES, ...DIRECTORY_ENTITIES],
      migrations: [...STUDIOS_MIGRATIONS, ...DIRECTORY_MIGRATIONS],
      modules: [ProjectsStudiosModule],
    });
    await service.answering(STUDIOS_RPC.listCycles);
    const cycle = await service.call(STUDIOS_RPC.openCycle, {
      schoolYear: 2024,
      applicationsOpenOn: dayFromToday(-10),
      applicationsCloseOn: dayFromToday(30),
      criteria: {
        indicators: [
          { id: 'events', name: 'Мероприятия', unit: 'мероприятия', rule: { kind: 'perFact', points: 5 } },
        ],
      },
    });
    const application = await service.call(
      STUDIOS_RPC.apply,
      {
        cycleId: cycle.id,
        direction: 'Естественно-научное',
        theme: 'Экология малых рек',
        mentorPersonId: randomUUID(),
        teamStudentIds: [randomUUID()],
      },
      schoolCoordinator(SCHOOL),
    );
    await service.call(STUDIOS_RPC.decideApplication, { id: application.id, decision: 'approve' });
    const [studio] = await service.call(
      STUDIOS_RPC.listStudios,
      { cycleId: cycle.id },
      schoolCoordinator(SCHOOL),
    );
    fact = await service.call(
      STUDIOS_RPC.submitFact,
      { studioId: studio.id, indicatorId: 'events', description: 'Экологический десант' },
      schoolCoordinator(SCHOOL),
    );
  }, 60_000);

  afterAll(() => service?.close());

  const upload = async (content: Buffer, actor: Actor = schoolCoordinator(SCHOOL)) => {
    const objectName = await service.upload(content);
    return { objectName, command: { factId: fact.id, objectName, fileName: 'Фото десанта.png' }, actor };
  };

  const listed = async () =>
    (await service.call(STUDIOS_RPC.listFacts, { cycleId: fact.cycleId })).find(({ id }) => id === fact.id);

  it('keeps the school’s evidence, checked by its content, for the region to download', async () => {
    expect(fact.evidence).toBeNull();
    const bad = await upload(Buffer.from('GIF89a not accepted'));
    expect(await service.failure(STUDIOS_RPC.attachFactEvidence, bad.command, bad.actor)).toMatchObject({
      code: ProjectsErrorCode.DOCUMENT_TYPE_NOT_ALLOWED,
      status: 415,
      errors: [{ field: 'file' }],
    });
    expect(await service.failure(STUDIOS_RPC.getFactEvidence, { id: fact.id })).toMatchObject({
      code: ProjectsErrorCode.DOCUMENT_NOT_FOUND,
      status: 404,
    });
    expect((await listed())?.evidence).toBeNull();
    const png = samplePng();
    const good = await upload(png);
    expect(await service.call(STUDIOS_RPC.attachFactEvidence, good.command, good.actor)).toMatchObject({
      factId: fact.id,
      fileName: 'Фото десанта.png',
      format: 'PNG',
      size: png.length,
    });
    expect(await (await service.bucket()).size(good.objectName)).toBeNull();
    // The list says what the evidence is, so a screen needs no request per fact.
    expect((await listed())?.evidence).toEqual({
      fileName: 'Фото десанта.png',
      format: 'PNG',
      size: png.length,
    });
    const download = await service.call(STUDIOS_RPC.downloadFactEvidence, { id: fact.id });
    expect(download).toMatchObject({ fileName: 'Фото десанта.png', contentType: 'image/png' });
    expect(await (await service.bucket()).read(download.objectName)).toEqual(png);
  });

  it('answers another school with 404 and an expert with 403', async () => {
    const other = schoolCoordinator(OTHER_SCHOOL);
    expect(await service.failure(STUDIOS_RPC.downloadFactEvidence, { id: fact.id }, other)).toMatchObject({
      code: StudiosErrorCode.FACT_NOT_FOUND,
      status: 404,
    });
    const foreign = await upload(samplePdf(), other);
    expect(await service.failure(STUDIOS_RPC.attachFactEvidence, foreign.command, other)).toMatchObject({
      code: StudiosErrorCode.FACT_NOT_FOUND,
      status: 404,
      errors: [{ field: 'factId' }],
    });
    expect(await service.failure(STUDIOS_RPC.downloadFactEvidence, { id: fact.id }, expert)).toMatchObject({
      status: 403,
    });
  });

  it('keeps the evidence the fact was verified on', async () => {
    expect(await service.call(STUDIOS_RPC.verifyFact, { id: fact.id, verdict: 'accept' })).toMatchObject({
      status: 'accepted',
      evidence: { fileName: 'Фото десанта.png', format: 'PNG' },
    });
    const late = await upload(samplePdf());
    expect(await service.failure(STUDIOS_RPC.attachFactEvidence, late.command, late.actor)).toMatchObject({
      code: StudiosErrorCode.FACT_ALREADY_VERIFIED,
      status: 409,
    });
    expect(await service.call(STUDIOS_RPC.getFactEvidence, { id: fact.id })).toMatchObject({ format: 'PNG' });
  });
});
