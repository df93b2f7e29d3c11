import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Actor } from '@orbita/auth';
import {
  CompletenessRequest,
  ProgrammeTableQuery,
  ProgressQuery,
  ProjectResultsQuery,
  REPORTING_RPC,
  SchoolAnalyticsRequest,
  TaskDifficultyRequest,
  WorkAnalyticsRequest,
} from '@orbita/reporting/rpc';
import { ListMunicipalitiesQuery, REGISTRY_RPC } from '@orbita/registry/rpc';
import { authHeader, startAuthTestGateway, type TestGateway } from '@orbita/gateway/auth/testing';
import { ActorVerifier, MessagingNames, RpcServer, type RpcContext } from '@orbita/messaging';
import { CodedException } from '@orbita/observability';
import { createTestDatabase, testActorKeys, uniqueRunId, type TestDatabase } from '@orbita/testing';
import { randomUUID } from 'node:crypto';
import { ReportingResourcesModule } from './reporting-resources.module';

/** What the stand-in reporting service was asked. */
interface Asked {
  subject: string;
  request: object;
  actor?: Actor;
}

const EMPTY_PROGRAMME_TABLE = {
  programmeCode: 'sirius_partner_schools',
  schoolYear: 2024,
  schools: [],
  totals: { schools: 0, classes: 0, students: 0, teachers: 0, directions: [] },
};

describe('reporting resources of the gateway (real PostgreSQL and NATS, reporting and the registry stubbed)', () => {
  const subjectPrefix = uniqueRunId();
  const workId = randomUUID();
  const foreignSchool = randomUUID();
  let database: TestDatabase;
  let gateway: TestGateway;
  let nats: NatsConnection;
  let reporting: RpcServer;
  /** The programme table's XLSX names municipalities from the registry. */
  let registry: RpcServer;
  const asked: Asked[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    nats = await connect({ servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222' });
    reporting = new RpcServer(nats, 'reporting', {
      names: new MessagingNames(subjectPrefix),
      actors: ActorVerifier.fromKey(testActorKeys().verifyKey),
    });
    const answer =
      (subject: string, extra: object = {}) =>
      async (request: object, context: RpcContext) => {
        asked.push({ subject, request: { ...request }, actor: context.actor });
        if ((request as { schoolId?: string }).schoolId === foreignSchool) {
          throw new CodedException(
            'REPORTING.SCHOOL_NOT_FOUND',
            404,
            'There are no analytics of that school',
          );
        }
        return { answered: subject, ...extra };
      };
    reporting.handle(
      REPORTING_RPC.getWorkAnalytics.subject,
      WorkAnalyticsRequest,
      answer(REPORTING_RPC.getWorkAnalytics.subject),
    );
    reporting.handle(
      REPORTING_RPC.getSchoolAnalytics.subject,
      SchoolAnalyticsRequest,
      answer(REPORTING_RPC.getSchoolAnalytics.subject),
    );
    reporting.handle(
      REPORTING_RPC.getTaskDifficulty.subject,
      TaskDifficultyRequest,
      answer(REPORTING_RPC.getTaskDifficulty.subject),
    );
    reporting.handle(
      REPORTING_RPC.getProgress.subject,
      ProgressQuery,
      answer(REPORTING_RPC.getProgress.subject),
    );
    reporting.handle(
      REPORTING_RPC.getCompleteness.subject,
      CompletenessRequest,
      answer(REPORTING_RPC.getCompleteness.subject),
    );
    reporting.handle(
      REPORTING_RPC.getProgrammeTable.subject,
      ProgrammeTableQuery,
      answer(REPORTING_RPC.getProgrammeTable.subject, EMPTY_PROGRAMME_TABLE),
    );
    reporting.handle(
      REPORTING_RPC.getProjectResults.subject,
      ProjectResultsQuery,
      answer(REPORTING_RPC.getProjectResults.subject),
    );
    registry = new RpcServer(nats, 'registry', {
      names: new MessagingNames(subjectPrefix),
      actors: ActorVerifier.fromKey(testActorKeys().verifyKey),
    });
    registry.handle(REGISTRY_RPC.listMunicipalities.subject, ListMunicipalitiesQuery, async () => ({
      items: [],
      total: 0,
      page: 1,
      pageSize: 100,
    }));
    gateway = await startAuthTestGateway({
      databaseUrl: database.url,
      subjectPrefix,
      resources: [ReportingResourcesModule],
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await reporting?.close();
    await registry?.close();
    await nats?.close();
    await database?.drop();
  });

  const get = async (url: string, token?: string) =>
    gateway.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: token ? authHeader(token) : {} });

  it('forwards each route to its reporting subject with the caller as actor', async () => {
    const schoolId = randomUUID();
    const token = await gateway.tokenFor('school_coordinator', schoolId);
    const routes: [string, string, object][] = [
      [`/analytics/works/${workId}`, REPORTING_RPC.getWorkAnalytics.subject, { workId }],
      [
        `/analytics/works/${workId}/schools/${schoolId}`,
        REPORTING_RPC.getSchoolAnalytics.subject,
        { workId, schoolId },
      ],
      [
        `/analytics/works/${workId}/tasks?schoolId=${schoolId}`,
        REPORTING_RPC.getTaskDifficulty.subject,
        { workId, schoolId },
      ],
      [
        '/analytics/progress?subject=math&grade=7&schoolYear=2024',
        REPORTING_RPC.getProgress.subject,
        { subject: 'math', grade: 7, schoolYear: 2024 },
      ],
      [`/completeness/works/${workId}`, REPORTING_RPC.getCompleteness.subject, { workId }],
      [
        '/reports/programme-table?programmeCode=sirius_partner_schools&schoolYear=2024',
        REPORTING_RPC.getProgrammeTable.subject,
        { programmeCode: 'sirius_partner_schools', schoolYear: 2024 },
      ],
      [
        '/reports/project-results?schoolYear=2025',
        REPORTING_RPC.getProjectResults.subject,
        { schoolYear: 2025 },
      ],
    ];
    for (const [url, subject, request] of routes) {
      asked.length = 0;
      const response = await get(url, token);
      expect({ url, status: response.statusCode, body: response.json() }).toEqual({
        url,
        status: 200,
        body: expect.objectContaining({ answered: subject }),
      });
      expect(asked).toEqual([
        { subject, request, actor: expect.objectContaining({ role: 'school_coordinator', schoolId }) },
      ]);
    }
  });

  it('lets every role read analytics, and nobody without a token', async () => {
    for (const role of ['admin', 'regional_coordinator', 'teacher', 'expert', 'observer'] as const) {
      expect((await get(`/analytics/works/${workId}`, await gateway.tokenFor(role))).statusCode).toBe(200);
    }
    expect((await get(`/analytics/works/${workId}`)).statusCode).toBe(401);
  });

  it('lets admins, coordinators and observers read the programme table, not teachers or experts', async () => {
    const url = '/reports/programme-table?programmeCode=sirius_partner_schools&schoolYear=2024';
    for (const role of ['admin', 'regional_coordinator', 'school_coordinator', 'observer'] as const) {
      expect({ role, status: (await get(url, await gateway.tokenFor(role))).statusCode }).toEqual({
        role,
        status: 200,
      });
    }
    for (const role of ['teacher', 'expert'] as const) {
      expect({ role, status: (await get(url, await gateway.tokenFor(role))).statusCode }).toEqual({
        role,
        status: 403,
      });
    }
    expect((await get(url)).statusCode).toBe(401);
  });

  it('downloads the programme table as an XLSX attachment', async () => {
    const response = await get(
      '/reports/programme-table.xlsx?programmeCode=sirius_partner_schools&schoolYear=2024',
      await gateway.tokenFor('observer'),
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="programme-table-sirius_partner_schools-2024.xlsx"',
    );
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('answers 400 naming the parameter for malformed ids and queries, before asking reporting', async () => {
    const token = await gateway.tokenFor('observer');
    asked.length = 0;
    for (const url of [
      '/analytics/works/not-a-uuid',
      `/analytics/works/${workId}/tasks?schoolId=42`,
      `/analytics/works/${workId}/tasks?unknown=1`,
      '/analytics/progress?subject=math&grade=12&schoolYear=2024',
      '/analytics/progress?subject=math&schoolYear=2024',
      '/reports/programme-table?programmeCode=sirius_partner_schools&schoolYear=24',
      '/reports/programme-table?schoolYear=2024',
    ]) {
      const response = await get(url, token);
      expect({ url, status: response.statusCode, type: response.headers['content-type'] }).toEqual({
        url,
        status: 400,
        type: expect.stringContaining('application/problem+json'),
      });
    }
    const missingGrade = (await get('/analytics/progress?subject=math&schoolYear=2024', token)).json();
    expect(missingGrade.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'grade' })]),
    );
    expect(asked).toEqual([]);
  });

  it('passes reporting’s 404 on as a problem with its code', async () => {
    const response = await get(
      `/analytics/works/${workId}/schools/${foreignSchool}`,
      await gateway.tokenFor('school_coordinator'),
    );
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'REPORTING.SCHOOL_NOT_FOUND', status: 404 });
  });
});
