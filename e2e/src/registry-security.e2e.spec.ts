import { can, isSchoolScopedRole, ROLES, type Permission, type Role } from '@orbita/auth';
import type { Page } from '@orbita/contracts';
import type { PersonView, SchoolView } from '@orbita/registry/rpc';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { TestPlatform } from './support/platform';

/** The first sheet's rows of an XLSX reply (header first), without exceljs's empty first column. */
async function sheetRows(reply: { rawPayload: Buffer }): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as the old Buffer type.
  await workbook.xlsx.load(reply.rawPayload as unknown as ArrayBuffer);
  return workbook.worksheets[0]
    .getSheetValues()
    .slice(1)
    .map((row) => (row as unknown[]).slice(1));
}

/**
 * Issue 3 through the gateway against the real registry with the demo region loaded: the permission
 * matrix on every guarded endpoint, school scoping (404 out of scope), and the coordinator's first steps.
 */
describe('registry through the gateway (demo region)', () => {
  let platform: TestPlatform;
  let regional: string;
  let schools: SchoolView[];

  beforeAll(async () => {
    platform = await TestPlatform.start([{ definition: REGISTRY_SERVICE, config: RegistryConfig, seed: seedRegistryDemoData }]);
    regional = await platform.gateway.tokenFor('regional_coordinator');
    schools = (await platform.request('GET', '/schools?pageSize=50&sort=shortName', regional)).json<Page<SchoolView>>().items;
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('lets a regional coordinator log in and list the eight schools and the 29 roadmap activities of each demo year', async () => {
    const account = await platform.gateway.createAccount({ role: 'regional_coordinator' });
    const { accessToken } = await platform.gateway.loginAs(account.email, account.password);
    const listed = await platform.request('GET', '/schools', accessToken);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({ total: 8, page: 1 });
    const activities = await platform.request('GET', '/roadmap-activities?pageSize=100', accessToken);
    expect(activities.statusCode).toBe(200);
    // 2024/25 and the current school year (see seedRoadmapDemo).
    expect(activities.json<Page<unknown>>().total).toBe(58);
  });

  describe('the permission matrix on every guarded endpoint of the OpenAPI document', () => {
    const operations: { method: string; path: string; permission: Permission }[] = [];

    beforeAll(async () => {
      const document = (await platform.gateway.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDocument>();
      for (const [path, item] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          const permission = operation['x-orbita-permission'];
          if (permission) operations.push({ method: method.toUpperCase(), path, permission });
        }
      }
    });

    it('covers the registry, roadmap, accounts and audit endpoints', () => {
      const paths = operations.map((operation) => operation.path);
      for (const resource of ['/schools', '/partners', '/agreements', '/programmes', '/people', '/roadmap-activities', '/accounts', '/audit-events']) {
        expect(paths).toContain(`/api/v1${resource}`);
      }
    });

    it.each(ROLES)('%s gets 403 exactly where the matrix says no', async (role: Role) => {
      const schoolId = isSchoolScopedRole(role) ? schools[0].id : undefined;
      const token = await platform.gateway.tokenFor(role, schoolId);
      const outcomes: string[] = [];
      for (const { method, path, permission } of operations) {
        // Unknown ids and empty bodies: an allowed call ends in 2xx/400/404/409/415, never changes anything.
        const url = path.replace(/^\/api\/v1/, '').replace(/\{[^}]+\}/g, () => randomUUID());
        const body = ['POST', 'PATCH', 'PUT'].includes(method) ? {} : undefined;
        const response = await platform.request(method as 'GET', url, token, body);
        const forbidden = response.statusCode === 403;
        if (forbidden === can(role, permission)) outcomes.push(`${method} ${path} (${permission}) → ${response.statusCode}`);
        expect(response.statusCode).not.toBe(401);
        // Services this platform does not run answer 503; anything else above 499 is a bug.
        if (response.statusCode >= 500) expect(response.json()).toMatchObject({ code: 'SERVICE.UNAVAILABLE' });
      }
      expect(outcomes).toEqual([]);
    });
  });

  describe('a school coordinator', () => {
    let own: SchoolView;
    let other: SchoolView;
    let token: string;
    let otherPerson: PersonView;
    let otherAgreementId: string;

    beforeAll(async () => {
      [own, other] = schools;
      token = await platform.gateway.tokenFor('school_coordinator', own.id);
      otherPerson = (await platform.request('GET', `/people?organisationId=${other.id}`, regional)).json<Page<PersonView>>().items[0];
      const partner = (await platform.request('GET', '/partners?pageSize=1', regional)).json<Page<{ id: string }>>().items[0];
      const agreement = await platform.request('POST', '/agreements', regional, {
        number: `E2E-${randomUUID().slice(0, 8)}`,
        validFrom: '2024-09-01',
        validTo: '2027-08-31',
        subject: 'Сетевое взаимодействие',
        partyOrganisationId: other.id,
        partnerOrganisationId: partner.id,
      });
      expect(agreement.statusCode).toBe(201);
      otherAgreementId = agreement.json<{ id: string }>().id;
    });

    it('lists only their own school, people and agreements', async () => {
      const listed = (await platform.request('GET', '/schools', token)).json<Page<SchoolView>>();
      expect(listed.items.map((school) => school.id)).toEqual([own.id]);
      const people = (await platform.request('GET', '/people?pageSize=200', token)).json<Page<PersonView>>();
      expect(people.total).toBeGreaterThan(0);
      expect(people.items.every((person) => person.schoolId === own.id)).toBe(true);
      const agreements = (await platform.request('GET', '/agreements?pageSize=200', token)).json<Page<{ id: string }>>();
      expect(agreements.items.map((agreement) => agreement.id)).not.toContain(otherAgreementId);
    });

    const phone = { expectedVersion: 1, phone: '+7 000 000-00-00' };
    it.each([
      ['GET', () => `/schools/${other.id}`, undefined],
      ['PATCH', () => `/schools/${other.id}`, phone],
      ['GET', () => `/people/${otherPerson.id}`, undefined],
      ['PATCH', () => `/people/${otherPerson.id}`, phone],
      ['POST', () => `/people/${otherPerson.id}/deactivate`, undefined],
      ['GET', () => `/agreements/${otherAgreementId}`, undefined],
      ['PATCH', () => `/agreements/${otherAgreementId}`, { expectedVersion: 1, subject: 'Чужой договор' }],
    ] as const)('gets 404 for %s of another school’s record (%#)', async (method, url, body) => {
      const response = await platform.request(method, url(), token, body);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    });

    it('exports to XLSX only what their lists show: their own school and its people', async () => {
      const regionWide = await platform.request('GET', '/schools/export.xlsx?sort=shortName', regional);
      expect(regionWide.statusCode).toBe(200);
      const [headers, ...regionRows] = await sheetRows(regionWide);
      expect(headers).toEqual(expect.arrayContaining(['Идентификатор', 'Полное наименование', 'ИНН']));
      const id = headers.indexOf('Идентификатор');
      expect(regionRows.map((row) => row[id])).toEqual(schools.map((school) => school.id));

      const ownRows = (await sheetRows(await platform.request('GET', '/schools/export.xlsx', token))).slice(1);
      expect(ownRows.map((row) => row[id])).toEqual([own.id]);
      const people = await sheetRows(await platform.request('GET', '/people/export.xlsx', token));
      const schoolId = people[0].indexOf('Школа (id)');
      expect(people.length).toBeGreaterThan(1);
      expect(people.slice(1).every((row) => row[schoolId] === own.id)).toBe(true);
    });

    it('cannot reach another school by putting its id in a filter either', async () => {
      const people = (await platform.request('GET', `/people?organisationId=${other.id}`, token)).json<Page<PersonView>>();
      expect(people.items).toEqual([]);
      const agreements = (await platform.request('GET', `/agreements?organisationId=${other.id}`, token)).json<Page<unknown>>();
      expect(agreements.items).toEqual([]);
    });

    it('still reads and changes their own school', async () => {
      const card = await platform.request('GET', `/schools/${own.id}`, token);
      expect(card.statusCode).toBe(200);
      const version = card.headers['etag'];
      const updated = await platform.request('PATCH', `/schools/${own.id}`, token, { phone: '+7 3822 00-00-01' }, { 'if-match': String(version) });
      expect(updated.statusCode).toBe(200);
      expect(updated.json()).toMatchObject({ id: own.id, phone: '+7 3822 00-00-01' });
    });
  });

  it('audits personal-data reads and writes, queryable by an admin only', async () => {
    const account = await platform.gateway.createAccount({ role: 'regional_coordinator' });
    const token = await platform.gateway.tokenFor(account);
    await platform.request('GET', '/people?pageSize=5', token);
    const admin = await platform.gateway.tokenFor('admin');
    const events = await platform.request('GET', `/audit-events?actorId=${account.id}`, admin);
    expect(events.statusCode).toBe(200);
    expect(events.json<Page<{ action: string }>>().items.length).toBeGreaterThan(0);
    expect((await platform.request('GET', '/audit-events', token)).statusCode).toBe(403);
  });
});

interface OpenApiDocument {
  paths: Record<string, Record<string, { 'x-orbita-permission'?: Permission }>>;
}
