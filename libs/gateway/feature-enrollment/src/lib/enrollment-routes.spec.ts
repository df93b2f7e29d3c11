import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ByIdRequest, type Page, type TransferFileView } from '@orbita/contracts';
import {
  ENROLLMENT_RPC,
  EnrollmentErrorCode,
  ImportClassListCommand,
  ListClassesQuery,
} from '@orbita/enrollment/rpc';
import { authHeader, startAuthTestGateway, type TestGateway } from '@orbita/gateway/auth/testing';
import { attachmentDisposition } from '@orbita/gateway/feature-http';
import { ActorVerifier, connectNats, MessagingNames, RpcServer, TransferBucket } from '@orbita/messaging';
import { CodedException } from '@orbita/observability';
import { createTestDatabase, testActorKeys, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EnrollmentResourcesModule } from './enrollment-resources.module';

// The gateway's side of enrollment with a stand-in service: permissions, the audit of personal-data
// reads and the multipart upload. (The service's own rules: libs/enrollment/classes.)
describe('enrollment routes through the gateway', () => {
  const names = new MessagingNames(uniqueRunId());
  let database: TestDatabase;
  let gateway: TestGateway;
  let nats: NatsConnection;
  let service: RpcServer;
  const imported: ImportClassListCommand[] = [];
  const knownClassId = randomUUID();
  const template = Buffer.from('PK template of the class list');

  beforeAll(async () => {
    database = await createTestDatabase();
    nats = await connectNats({ url: 'nats://127.0.0.1:4222', name: 'enrollment-routes-test' });
    service = new RpcServer(nats, 'enrollment', {
      names,
      actors: ActorVerifier.fromKey(testActorKeys().verifyKey),
    });
    service.handle(ENROLLMENT_RPC.getStudent.subject, ByIdRequest, async ({ id }) => ({
      id,
      surname: 'Ветлугина',
    }));
    service.handle(ENROLLMENT_RPC.listClasses.subject, ListClassesQuery, async (): Promise<Page<object>> => ({
      items: [],
      total: 0,
      page: 1,
      pageSize: 20,
    }));
    service.handle(ENROLLMENT_RPC.importClassList.subject, ImportClassListCommand, async (command) => {
      imported.push(command);
      const content = await (await TransferBucket.open(nats, names, 'enrollment')).read(command.objectName);
      return {
        classId: command.classId,
        enrolled: content?.toString('utf8').split('\n').length ?? -1,
        registered: 0,
      };
    });
    service.handle(
      ENROLLMENT_RPC.exportClassListTemplate.subject,
      ByIdRequest,
      async ({ id }): Promise<TransferFileView> => {
        if (id !== knownClassId)
          throw new CodedException(EnrollmentErrorCode.CLASS_NOT_FOUND, 404, 'No such class');
        const { name, size } = await (await TransferBucket.open(nats, names, 'enrollment')).put(template);
        return {
          objectName: name,
          fileName: 'Список класса 10 А.xlsx',
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          size,
        };
      },
    );
    gateway = await startAuthTestGateway({
      databaseUrl: database.url,
      subjectPrefix: names.prefix,
      resources: [EnrollmentResourcesModule],
    });
  }, 60_000);

  afterAll(async () => {
    await gateway?.close();
    await service?.close();
    if (nats) {
      const jsm = await jetstreamManager(nats);
      await jsm.streams.delete(`OBJ_${names.transferBucket('enrollment')}`).catch(() => undefined);
      await nats.drain();
    }
    await database?.drop();
  });

  it('audits every read of a student’s record', async () => {
    const account = await gateway.createAccount({ role: 'school_coordinator' });
    const studentId = randomUUID();
    const response = await gateway.app.inject({
      method: 'GET',
      url: `/api/v1/students/${studentId}`,
      headers: authHeader(await gateway.tokenFor(account)),
    });
    expect(response.statusCode).toBe(200);
    const reads = await gateway.app
      .get(DataSource)
      .query(
        "SELECT actor_id, resource_id, status FROM audit_log WHERE resource_type = 'student' AND action = 'read'",
      );
    expect(reads).toEqual([{ actor_id: account.id, resource_id: studentId, status: 200 }]);
  });

  it('shows observers the classes but not the students', async () => {
    const token = await gateway.tokenFor('observer');
    expect(
      (await gateway.app.inject({ method: 'GET', url: '/api/v1/classes', headers: authHeader(token) }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await gateway.app.inject({
          method: 'GET',
          url: `/api/v1/students/${randomUUID()}`,
          headers: authHeader(token),
        })
      ).statusCode,
    ).toBe(403);
  });

  it('hands a class list upload to the service through the transfer bucket', async () => {
    const classId = randomUUID();
    const orderId = randomUUID();
    const boundary = 'orbita-class-list';
    const payload = [
      `--${boundary}\r\nContent-Disposition: form-data; name="orderId"\r\n\r\n${orderId}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="enrolledOn"\r\n\r\n2024-09-01\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="10a.csv"\r\nContent-Type: text/csv\r\n\r\nФамилия;Имя;Дата рождения\nКедрина;Ева;01.02.2009\r\n`,
      `--${boundary}--\r\n`,
    ].join('');
    const response = await gateway.app.inject({
      method: 'POST',
      url: `/api/v1/classes/${classId}/list`,
      headers: {
        ...authHeader(await gateway.tokenFor('regional_coordinator')),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
    expect([response.statusCode, response.json()]).toEqual([201, { classId, enrolled: 2, registered: 0 }]);
    expect(imported).toEqual([
      expect.objectContaining({
        classId,
        orderId,
        enrolledOn: '2024-09-01',
        fileName: '10a.csv',
        objectName: expect.any(String),
      }),
    ]);
  });

  it('streams the class list template under the class’s name to those who may import the list', async () => {
    const url = `/api/v1/classes/${knownClassId}/import-template`;
    const response = await gateway.app.inject({
      method: 'GET',
      url,
      headers: authHeader(await gateway.tokenFor('school_coordinator')),
    });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(template)).toBe(true);
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers['content-disposition']).toBe(attachmentDisposition('Список класса 10 А.xlsx'));

    const teacher = await gateway.app.inject({
      method: 'GET',
      url,
      headers: authHeader(await gateway.tokenFor('teacher')),
    });
    expect(teacher.statusCode).toBe(403);
    const missing = await gateway.app.inject({
      method: 'GET',
      url: `/api/v1/classes/${randomUUID()}/import-template`,
      headers: authHeader(await gateway.tokenFor('regional_coordinator')),
    });
    expect([missing.statusCode, missing.json().code]).toEqual([404, EnrollmentErrorCode.CLASS_NOT_FOUND]);
  });
});
