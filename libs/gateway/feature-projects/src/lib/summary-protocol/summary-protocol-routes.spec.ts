import type { NatsConnection } from '@nats-io/transport-node';
import { ByIdRequest, type TransferFileView } from '@orbita/contracts';
import { authHeader, type TestGateway } from '@orbita/gateway/auth/testing';
import { attachmentDisposition } from '@orbita/gateway/feature-http';
import { ActorVerifier, connectNats, MessagingNames, RpcServer, TransferBucket } from '@orbita/messaging';
import { ENROLLMENT_RPC } from '@orbita/enrollment/rpc';
import { CodedException } from '@orbita/observability';
import {
  ExportSummaryProtocolRequest,
  GetStageSummaryRequest,
  PROJECTS_RPC,
  type StageSummaryView,
  type WorkView,
} from '@orbita/projects/rpc';
import { ListPeopleQuery, ListSchoolsQuery, REGISTRY_RPC } from '@orbita/registry/rpc';
import { createTestDatabase, testActorKeys, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startProjectsGateway, stopProjectsRoutes } from '../../test/projects-routes-harness';

// The gateway's side of the summary protocol with stand-in services: who may download it, the registry's
// and enrollment's names handed to the projects service, the file streamed under its Russian name and the
// read audited.
// (The protocol itself: libs/projects/defences and libs/projects/protocol-documents.)
describe('the summary protocol through the gateway', () => {
  const names = new MessagingNames(uniqueRunId());
  let database: TestDatabase;
  let gateway: TestGateway;
  let nats: NatsConnection;
  let projects: RpcServer;
  let registry: RpcServer;
  let enrollment: RpcServer;
  const requests: ExportSummaryProtocolRequest[] = [];
  const peopleQueries: ListPeopleQuery[] = [];
  const stageId = randomUUID();
  const sectionId = randomUUID();
  const schoolId = randomUUID();
  const expertId = randomUUID();
  // The awarded work has a student enrollment names and one it refuses to the caller; the unawarded
  // work's author is not read at all.
  const [awardedWork, unawardedWork] = [randomUUID(), randomUUID()];
  const [namedAuthor, hiddenAuthor, unawardedAuthor] = [randomUUID(), randomUUID(), randomUUID()];
  const studentReads: string[] = [];
  const content = Buffer.from('PK the workbook');
  const fileName = 'Сводный протокол, Заключительный этап, 2024_2025 учебный год.xlsx';

  beforeAll(async () => {
    database = await createTestDatabase();
    nats = await connectNats({ url: 'nats://127.0.0.1:4222', name: 'summary-protocol-routes-test' });
    const actors = ActorVerifier.fromKey(testActorKeys().verifyKey);
    projects = new RpcServer(nats, 'projects', { names, actors });
    projects.handle(
      PROJECTS_RPC.exportSummaryProtocol.subject,
      ExportSummaryProtocolRequest,
      async (request): Promise<TransferFileView> => {
        requests.push(request);
        const { name, size } = await (await TransferBucket.open(nats, names, 'projects')).put(content);
        return { objectName: name, fileName, contentType: 'application/octet-stream', size };
      },
    );
    const standing = (award: 'I' | null) => ({ score: 50, rank: 1, award });
    projects.handle(
      PROJECTS_RPC.getStageSummary.subject,
      GetStageSummaryRequest,
      async () =>
        ({
          works: [
            { workId: awardedWork, sectionId, official: standing('I') },
            { workId: unawardedWork, sectionId, official: standing(null) },
          ],
        }) as unknown as StageSummaryView,
    );
    projects.handle(
      PROJECTS_RPC.getWork.subject,
      ByIdRequest,
      async ({ id }) =>
        ({
          id,
          schoolId,
          authorIds: id === awardedWork ? [namedAuthor, hiddenAuthor] : [unawardedAuthor],
        }) as WorkView,
    );
    enrollment = new RpcServer(nats, 'enrollment', { names, actors });
    enrollment.handle(ENROLLMENT_RPC.getStudent.subject, ByIdRequest, async ({ id }) => {
      studentReads.push(id);
      if (id !== namedAuthor)
        throw new CodedException('ENROLLMENT.STUDENT_NOT_FOUND', 404, 'No such student');
      return { id, schoolId, surname: 'Воронцова', name: 'Алиса', patronymic: 'Игоревна' };
    });
    registry = new RpcServer(nats, 'registry', { names, actors });
    registry.handle(REGISTRY_RPC.listSchools.subject, ListSchoolsQuery, async () => ({
      items: [{ id: schoolId, shortName: 'МАОУ лицей № 1' }],
      total: 1,
      page: 1,
      pageSize: 200,
    }));
    registry.handle(REGISTRY_RPC.listPeople.subject, ListPeopleQuery, async (query) => {
      peopleQueries.push(query);
      return {
        items: [{ id: expertId, surname: 'Аксёнова', name: 'Анна', patronymic: 'Андреевна' }],
        total: 1,
        page: 1,
        pageSize: 200,
      };
    });
    gateway = await startProjectsGateway(database, names);
  }, 60_000);

  afterAll(() =>
    stopProjectsRoutes({ names, gateway, services: [projects, registry, enrollment], nats, database }),
  );

  const get = async (url: string, role: 'regional_coordinator' | 'school_coordinator' | 'expert') =>
    gateway.app.inject({ method: 'GET', url, headers: authHeader(await gateway.tokenFor(role)) });

  it('streams the file under its Russian name with the registry’s and enrollment’s names handed to the service, and audits the read', async () => {
    const account = await gateway.createAccount({ role: 'regional_coordinator' });
    const response = await gateway.app.inject({
      method: 'GET',
      url: `/api/v1/project-stages/${stageId}/summary-protocol.xlsx?sectionId=${sectionId}`,
      headers: authHeader(await gateway.tokenFor(account)),
    });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(content)).toBe(true);
    expect(response.headers['content-disposition']).toBe(attachmentDisposition(fileName));
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(requests).toEqual([
      {
        stageId,
        format: 'xlsx',
        sectionId,
        schoolNames: [{ id: schoolId, name: 'МАОУ лицей № 1' }],
        expertNames: [{ id: expertId, name: 'Аксёнова А. А.' }],
        // The student enrollment refused is left to be printed as the id.
        authorNames: [{ id: namedAuthor, name: 'Воронцова Алиса' }],
      },
    ]);
    expect(studentReads.sort()).toEqual([namedAuthor, hiddenAuthor].sort());
    expect(peopleQueries[0]).toMatchObject({ role: 'expert' });
    const reads = await gateway.app
      .get(DataSource)
      .query("SELECT actor_id FROM audit_log WHERE resource_type = 'project-stage' AND action = 'read'");
    expect(reads).toEqual([{ actor_id: account.id }]);
  });

  it('asks for the DOCX of every section when no section is named', async () => {
    const response = await get(
      `/api/v1/project-stages/${stageId}/summary-protocol.docx`,
      'regional_coordinator',
    );
    expect(response.statusCode).toBe(200);
    expect(requests.at(-1)).toMatchObject({ stageId, format: 'docx' });
    expect(requests.at(-1)?.sectionId).toBeUndefined();
  });

  it('is the regional coordinators’ only', async () => {
    const before = requests.length;
    for (const role of ['school_coordinator', 'expert'] as const) {
      for (const format of ['xlsx', 'docx']) {
        const response = await get(`/api/v1/project-stages/${stageId}/summary-protocol.${format}`, role);
        expect([role, format, response.statusCode]).toEqual([role, format, 403]);
      }
    }
    expect(requests).toHaveLength(before);
  });

  it('refuses a section id that is not a uuid, naming sectionId', async () => {
    const response = await get(
      `/api/v1/project-stages/${stageId}/summary-protocol.xlsx?sectionId=physics`,
      'regional_coordinator',
    );
    expect([response.statusCode, response.json().errors]).toEqual([
      400,
      [expect.objectContaining({ field: 'sectionId' })],
    ]);
  });
});
