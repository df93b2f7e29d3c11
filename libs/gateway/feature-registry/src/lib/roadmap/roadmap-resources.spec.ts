import { Objm } from '@nats-io/obj';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Actor } from '@orbita/auth';
import { ByIdRequest, type TransferFileView } from '@orbita/contracts';
import {
  AttachEvidenceCommand,
  ListRoadmapActivitiesQuery,
  ROADMAP_RPC,
  RoadmapErrorCode,
  UpdateRoadmapActivityCommand,
  type AttachedEvidenceView,
} from '@orbita/registry/rpc';
import { authHeader, startAuthTestGateway, type TestGateway } from '@orbita/gateway/auth/testing';
import { attachmentDisposition, buildOpenApiDocument } from '@orbita/gateway/feature-http';
import {
  ActorVerifier,
  connectNats,
  MessagingNames,
  RpcServer,
  TransferBucket,
  type RpcContext,
} from '@orbita/messaging';
import { CodedException } from '@orbita/observability';
import { createTestDatabase, testActorKeys, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { RoadmapResourcesModule } from './roadmap-resources.module';

interface Received<T> {
  request: T;
  actor?: Actor;
}

/**
 * Stands in for the registry on the run's subjects: keeps what the gateway asked and, like the registry,
 * reads uploads from the transfer bucket and puts downloads there.
 */
class RegistryStub {
  readonly attached: (Received<AttachEvidenceCommand> & { content: Buffer | null })[] = [];
  readonly updates: Received<UpdateRoadmapActivityCommand>[] = [];
  readonly listQueries: ListRoadmapActivitiesQuery[] = [];
  readonly download = {
    content: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2 * 1024 * 1024)]),
    objectName: '',
  };
  private readonly server: RpcServer;

  constructor(nats: NatsConnection, names: MessagingNames) {
    this.server = new RpcServer(nats, 'registry', {
      names,
      actors: ActorVerifier.fromKey(testActorKeys().verifyKey),
    });
    this.server.handle(
      ROADMAP_RPC.attachEvidence.subject,
      AttachEvidenceCommand,
      async (request, context: RpcContext): Promise<AttachedEvidenceView> => {
        const bucket = await TransferBucket.open(nats, names, 'registry');
        const content = await bucket.read(request.objectName);
        await bucket.delete(request.objectName);
        this.attached.push({ request, actor: context.actor, content });
        if (request.fileName.endsWith('.exe')) {
          throw new CodedException(
            RoadmapErrorCode.EVIDENCE_TYPE_NOT_ALLOWED,
            415,
            `"${request.fileName}" is not a document of an accepted format`,
          );
        }
        return {
          activityStatus: 'in_progress',
          evidence: {
            id: randomUUID(),
            activityId: request.activityId,
            deliverableId: request.deliverableId,
            schoolId: request.schoolId ?? null,
            fileName: request.fileName,
            contentType: 'application/pdf',
            format: 'PDF',
            size: content?.length ?? 0,
            sha256: createHash('sha256')
              .update(content ?? '')
              .digest('hex'),
            uploadedBy: context.actor?.userId ?? '',
            uploadedAt: new Date().toISOString(),
          },
        };
      },
    );
    this.server.handle(ROADMAP_RPC.downloadEvidence.subject, ByIdRequest, async (): Promise<TransferFileView> => {
      const { name } = await (await TransferBucket.open(nats, names, 'registry')).put(this.download.content);
      this.download.objectName = name;
      return {
        objectName: name,
        fileName: 'Протокол результатов (7А).pdf',
        contentType: 'application/pdf',
        size: this.download.content.length,
      };
    });
    this.server.handle(
      ROADMAP_RPC.updateActivity.subject,
      UpdateRoadmapActivityCommand,
      async (request, context: RpcContext) => {
        this.updates.push({ request, actor: context.actor });
        return { id: request.id, version: request.expectedVersion + 1, status: request.status };
      },
    );
    this.server.handle(ROADMAP_RPC.listActivities.subject, ListRoadmapActivitiesQuery, async (query) => {
      this.listQueries.push(query);
      return { items: [], total: 0, page: 1, pageSize: 20 };
    });
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

/** A multipart/form-data body as a browser sends it. */
async function multipartBody(fields: Record<string, string>, file?: { name: string; content: Buffer }) {
  const form = new FormData();
  if (file) form.append('file', new Blob([new Uint8Array(file.content)]), file.name);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const encoded = new Response(form);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') as string },
  };
}

describe('roadmap resources', () => {
  let database: TestDatabase;
  let gateway: TestGateway;
  let nats: NatsConnection;
  let registry: RegistryStub;
  let coordinatorToken: string;
  const names = new MessagingNames(uniqueRunId());
  const activityId = randomUUID();
  const deliverableId = randomUUID();

  const objectsInBucket = async () =>
    (await (await new Objm(nats).open(names.transferBucket('registry'))).list()).length;

  beforeAll(async () => {
    database = await createTestDatabase();
    gateway = await startAuthTestGateway({
      databaseUrl: database.url,
      subjectPrefix: names.prefix,
      resources: [RoadmapResourcesModule],
    });
    nats = await connectNats({ url: 'nats://127.0.0.1:4222', name: 'roadmap-resources-test' });
    registry = new RegistryStub(nats, names);
    coordinatorToken = await gateway.tokenFor('regional_coordinator');
  });

  afterAll(async () => {
    await registry?.close();
    await gateway?.close();
    if (nats) {
      const jsm = await jetstreamManager(nats);
      await jsm.streams.delete(`OBJ_${names.transferBucket('registry')}`).catch(() => undefined);
      await nats.drain();
    }
    await database?.drop();
  });

  it('streams an upload bigger than a NATS message through the transfer bucket to the registry', async () => {
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3 * 1024 * 1024)]);
    const body = await multipartBody({ deliverableId }, { name: 'Протокол результатов.pdf', content });
    const response = await gateway.app.inject({
      method: 'POST',
      url: `/api/v1/roadmap-activities/${activityId}/evidence`,
      headers: { ...authHeader(coordinatorToken), ...body.headers },
      payload: body.payload,
    });

    expect(response.statusCode).toBe(201);
    expect(response.json<AttachedEvidenceView>().evidence.sha256).toBe(
      createHash('sha256').update(content).digest('hex'),
    );
    const [received] = registry.attached.slice(-1);
    expect(received.request).toMatchObject({
      activityId,
      deliverableId,
      fileName: 'Протокол результатов.pdf',
    });
    expect(received.request.schoolId).toBeUndefined();
    expect(received.actor?.role).toBe('regional_coordinator');
    expect(received.content?.equals(content)).toBe(true);
    expect(await objectsInBucket()).toBe(0);
  });

  it('passes on a school and the school account as the actor, for the registry to check the scope', async () => {
    const schoolId = randomUUID();
    const token = await gateway.tokenFor('school_coordinator', schoolId);
    const body = await multipartBody(
      { deliverableId, schoolId },
      { name: 'scan.png', content: Buffer.from('\x89PNG\r\n\x1a\n', 'latin1') },
    );
    const response = await gateway.app.inject({
      method: 'POST',
      url: `/api/v1/roadmap-activities/${activityId}/evidence`,
      headers: { ...authHeader(token), ...body.headers },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(201);
    expect(registry.attached.slice(-1)[0]).toMatchObject({
      request: { schoolId },
      actor: { role: 'school_coordinator', schoolId },
    });
  });

  it('answers the registry’s refusal as problem+json', async () => {
    const body = await multipartBody(
      { deliverableId },
      { name: 'setup.exe', content: Buffer.from('MZ\x90\x00', 'latin1') },
    );
    const response = await gateway.app.inject({
      method: 'POST',
      url: `/api/v1/roadmap-activities/${activityId}/evidence`,
      headers: { ...authHeader(coordinatorToken), ...body.headers, 'accept-language': 'en' },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: RoadmapErrorCode.EVIDENCE_TYPE_NOT_ALLOWED,
      detail: '"setup.exe" is not a document of an accepted format',
    });
  });

  it.each([
    ['without a file', {}, undefined, 'file'],
    [
      'with a deliverable that is not an id',
      { deliverableId: 'first' },
      { name: 'a.pdf', content: Buffer.from('%PDF-') },
      'deliverableId',
    ],
    [
      'with an unknown field',
      { deliverableId, comment: 'x' },
      { name: 'a.pdf', content: Buffer.from('%PDF-') },
      'comment',
    ],
  ])('refuses an upload %s, and keeps nothing of it', async (_case, fields, file, field) => {
    const calls = registry.attached.length;
    const body = await multipartBody(fields as Record<string, string>, file);
    const response = await gateway.app.inject({
      method: 'POST',
      url: `/api/v1/roadmap-activities/${activityId}/evidence`,
      headers: { ...authHeader(coordinatorToken), ...body.headers },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(registry.attached).toHaveLength(calls);
    expect(await objectsInBucket()).toBe(0);
  });

  it('refuses a body that is not multipart, and uploads by roles without roadmap:evidence', async () => {
    const json = await gateway.app.inject({
      method: 'POST',
      url: `/api/v1/roadmap-activities/${activityId}/evidence`,
      headers: authHeader(coordinatorToken),
      payload: { deliverableId },
    });
    expect(json.statusCode).toBe(415);

    const body = await multipartBody({ deliverableId }, { name: 'a.pdf', content: Buffer.from('%PDF-') });
    const teacher = await gateway.app.inject({
      method: 'POST',
      url: `/api/v1/roadmap-activities/${activityId}/evidence`,
      headers: { ...authHeader(await gateway.tokenFor('teacher')), ...body.headers },
      payload: body.payload,
    });
    expect(teacher.statusCode).toBe(403);
  });

  it('streams a download under its Cyrillic name, and removes the copy from the bucket', async () => {
    const response = await gateway.app.inject({
      method: 'GET',
      url: `/api/v1/roadmap-evidence/${randomUUID()}/content`,
      headers: authHeader(await gateway.tokenFor('observer')),
    });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(registry.download.content)).toBe(true);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-length']).toBe(String(registry.download.content.length));
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers['content-disposition']).toBe(
      attachmentDisposition('Протокол результатов (7А).pdf'),
    );
    for (const deadline = Date.now() + 5_000; (await objectsInBucket()) > 0 && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await objectsInBucket()).toBe(0);
  });

  it('takes the version of an update from If-Match', async () => {
    const response = await gateway.app.inject({
      method: 'PATCH',
      url: `/api/v1/roadmap-activities/${activityId}`,
      headers: { ...authHeader(coordinatorToken), 'if-match': '"3"' },
      payload: { status: 'done' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['etag']).toBe('"4"');
    expect(registry.updates.slice(-1)[0].request).toMatchObject({
      id: activityId,
      expectedVersion: 3,
      status: 'done',
    });
  });

  it('documents the routes, the multipart body and the problems they answer with', () => {
    const document = buildOpenApiDocument(gateway.app);
    const upload = document.paths['/api/v1/roadmap-activities/{id}/evidence']?.post;
    expect(upload?.tags).toEqual(['roadmap']);
    expect(
      Object.keys(upload?.requestBody && 'content' in upload.requestBody ? upload.requestBody.content : {}),
    ).toEqual(['multipart/form-data']);
    expect(Object.keys(upload?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '413', '415', '429']),
    );
    expect(
      Object.keys(document.paths)
        .filter((path) => path.includes('roadmap'))
        .sort(),
    ).toEqual([
      '/api/v1/roadmap-activities',
      '/api/v1/roadmap-activities/export.xlsx',
      '/api/v1/roadmap-activities/{id}',
      '/api/v1/roadmap-activities/{id}/evidence',
      '/api/v1/roadmap-evidence/{id}',
      '/api/v1/roadmap-evidence/{id}/content',
      '/api/v1/roadmaps',
      '/api/v1/roadmaps/export.xlsx',
      '/api/v1/roadmaps/{id}',
    ]);
    expect(document.components?.schemas?.['RoadmapActivityDetail']).toBeDefined();
  });

  it('documents the trainings of teachers: listed, recorded, replaced whole (409 when stale), 422 for a non-teacher', () => {
    const document = buildOpenApiDocument(gateway.app);
    expect(Object.keys(document.paths['/api/v1/trainings'] ?? {}).sort()).toEqual(['get', 'post']);
    const replace = document.paths['/api/v1/trainings/{id}']?.put;
    expect(Object.keys(replace?.responses ?? {})).toEqual(expect.arrayContaining(['200', '409', '422']));
    expect(Object.keys(document.components?.schemas ?? {}).filter((name) => name.includes('Training')).sort()).toEqual(
      ['RecordTraining', 'Training', 'TrainingAttendee', 'UpdateTraining'],
    );
  });

  it('reads list filters from the query string', async () => {
    const response = await gateway.app.inject({
      method: 'GET',
      url: '/api/v1/roadmap-activities?status=overdue&missingDeliverables=true&dueWithinDays=7&stage=4&sort=-windowEnd',
      headers: authHeader(coordinatorToken),
    });
    expect(response.statusCode).toBe(200);
    expect(registry.listQueries.slice(-1)[0]).toEqual({
      status: 'overdue',
      missingDeliverables: true,
      dueWithinDays: 7,
      stage: 4,
      sort: '-windowEnd',
    });
  });
});
