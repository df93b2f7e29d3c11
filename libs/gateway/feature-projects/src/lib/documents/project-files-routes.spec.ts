import type { NatsConnection } from '@nats-io/transport-node';
import { ByIdRequest, type TransferFileView } from '@orbita/contracts';
import { authHeader, type TestGateway } from '@orbita/gateway/auth/testing';
import { attachmentDisposition } from '@orbita/gateway/feature-http';
import { ActorVerifier, connectNats, MessagingNames, RpcServer, TransferBucket } from '@orbita/messaging';
import {
  AttachWorkFileCommand,
  ImportAssignmentsCommand,
  PROJECTS_RPC,
  type AssignmentImportReportView,
  type WorkFileView,
} from '@orbita/projects/rpc';
import { createTestDatabase, testActorKeys, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startProjectsGateway, stopProjectsRoutes } from '../../test/projects-routes-harness';

// The gateway's side of the projects' files with a stand-in service: multipart uploads into the projects
// service's transfer bucket, downloads streamed out of it and audited, the import's dry-run flag. (The
// service's own rules: libs/projects/defences and libs/projects/studios.)
describe('projects’ file routes through the gateway', () => {
  const names = new MessagingNames(uniqueRunId());
  let database: TestDatabase;
  let gateway: TestGateway;
  let nats: NatsConnection;
  let service: RpcServer;
  const attached: { command: AttachWorkFileCommand; content: Buffer | null }[] = [];
  const imports: ImportAssignmentsCommand[] = [];
  const workId = randomUUID();
  const stageId = randomUUID();
  const text = Buffer.from('%PDF-1.7 the text of the work');
  const bucket = () => TransferBucket.open(nats, names, 'projects');

  beforeAll(async () => {
    database = await createTestDatabase();
    nats = await connectNats({ url: 'nats://127.0.0.1:4222', name: 'projects-files-routes-test' });
    service = new RpcServer(nats, 'projects', {
      names,
      actors: ActorVerifier.fromKey(testActorKeys().verifyKey),
    });
    service.handle(PROJECTS_RPC.attachWorkFile.subject, AttachWorkFileCommand, async (command) => {
      attached.push({ command, content: await (await bucket()).read(command.objectName) });
      return { workId: command.workId, fileName: 'Маятник.pdf', format: 'PDF' } as Partial<WorkFileView>;
    });
    service.handle(
      PROJECTS_RPC.downloadWorkFile.subject,
      ByIdRequest,
      async (): Promise<TransferFileView> => {
        const { name, size } = await (await bucket()).put(text);
        return { objectName: name, fileName: 'Маятник.pdf', contentType: 'application/pdf', size };
      },
    );
    service.handle(
      PROJECTS_RPC.importAssignments.subject,
      ImportAssignmentsCommand,
      async (command): Promise<Partial<AssignmentImportReportView>> => {
        imports.push(command);
        return { stageId: command.stageId, dryRun: command.dryRun };
      },
    );
    gateway = await startProjectsGateway(database, names);
  }, 60_000);

  afterAll(() => stopProjectsRoutes({ names, gateway, services: [service], nats, database }));

  const boundary = 'orbita-projects-file';
  const multipart = (fileName: string, content: string) => ({
    'content-type': `multipart/form-data; boundary=${boundary}`,
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n${content}\r\n--${boundary}--\r\n`,
  });
  const post = async (
    url: string,
    role: 'school_coordinator' | 'regional_coordinator' | 'expert',
    fileName: string,
    content: string,
  ) => {
    const { payload, ...type } = multipart(fileName, content);
    return gateway.app.inject({
      method: 'POST',
      url,
      headers: { ...authHeader(await gateway.tokenFor(role)), ...type },
      payload,
    });
  };

  it('hands a work’s file to the service through the transfer bucket; experts may not upload', async () => {
    const response = await post(
      `/api/v1/project-works/${workId}/file`,
      'school_coordinator',
      'Маятник.pdf',
      '%PDF-1.7 text',
    );
    expect([response.statusCode, response.json()]).toEqual([
      201,
      { workId, fileName: 'Маятник.pdf', format: 'PDF' },
    ]);
    expect(attached).toEqual([
      {
        command: { workId, objectName: expect.any(String), fileName: 'Маятник.pdf' },
        content: Buffer.from('%PDF-1.7 text'),
      },
    ]);
    const expert = await post(`/api/v1/project-works/${workId}/file`, 'expert', 'x.pdf', '%PDF-1.7');
    expect(expert.statusCode).toBe(403);
  });

  it('streams the work’s file under its name, audits the read and lets nothing cache it', async () => {
    const account = await gateway.createAccount({ role: 'expert' });
    const response = await gateway.app.inject({
      method: 'GET',
      url: `/api/v1/project-works/${workId}/file/content`,
      headers: authHeader(await gateway.tokenFor(account)),
    });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(text)).toBe(true);
    expect(response.headers['content-disposition']).toBe(attachmentDisposition('Маятник.pdf'));
    expect(response.headers['cache-control']).toBe('private, no-store');
    const reads = await gateway.app
      .get(DataSource)
      .query(
        "SELECT actor_id, resource_id FROM audit_log WHERE resource_type = 'project-work' AND action = 'read'",
      );
    expect(reads).toEqual([{ actor_id: account.id, resource_id: workId }]);
  });

  it('passes the import’s dry-run flag (applying when it is left out) and refuses one that is not a boolean', async () => {
    const url = `/api/v1/project-stages/${stageId}/assignments/import`;
    const dry = await post(`${url}?dryRun=true`, 'regional_coordinator', 'a.csv', 'Работа;Эксперт\n');
    expect([dry.statusCode, dry.json()]).toEqual([201, { stageId, dryRun: true }]);
    const applied = await post(url, 'regional_coordinator', 'a.csv', 'Работа;Эксперт\n');
    expect(applied.json()).toEqual({ stageId, dryRun: false });
    expect(imports.map((command) => command.fileName)).toEqual(['a.csv', 'a.csv']);
    const bad = await post(`${url}?dryRun=maybe`, 'regional_coordinator', 'a.csv', 'x');
    expect([bad.statusCode, bad.json().errors]).toEqual([
      400,
      [expect.objectContaining({ field: 'dryRun' })],
    ]);
    const school = await post(`${url}?dryRun=true`, 'school_coordinator', 'a.csv', 'x');
    expect(school.statusCode).toBe(403);
  });
});
