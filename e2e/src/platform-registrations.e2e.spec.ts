import { ASSESSMENTS_SERVICE, AssessmentsConfig } from '@orbita/assessments/service';
import { demoSeedDay } from '@orbita/contracts';
import { randomUUID } from 'node:crypto';
import { ENROLLMENT_SERVICE, EnrollmentConfig } from '@orbita/enrollment/service';
import { INTEGRATION_SERVICE, IntegrationConfig } from '@orbita/integration/service';
import { SiriusSimulator } from '@orbita/integration/simulator';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import type { ProgrammeTableView } from '@orbita/reporting/rpc';
import { REPORTING_SERVICE, ReportingConfig } from '@orbita/reporting/service';
import { seedEnrollmentDemoData } from '../../tools/seeds/enrollment-demo';
import { seedIntegrationDemoData } from '../../tools/seeds/integration-demo';
import { siriusDemoRoster } from '../../tools/seeds/sirius-demo-roster';
import { seedAssessmentsDemoData } from '../../tools/seeds/assessments-demo';
import JSZip from 'jszip';
import { eventually } from './support/eventually';
import { TestPlatform } from './support/platform';

const EXPORT = '/integration/oneroster-export.zip?schoolYear=2024';

/** The rows of one CSV file of the bundle (no field of the demo holds a line break). */
async function csvRows(zip: JSZip, name: string): Promise<string[]> {
  return ((await zip.file(name)?.async('string')) ?? '').trimEnd().split('\r\n');
}

/**
 * Issue 14's figure: the demo seeded as `npm start` seeds it, with the simulator serving the demo roster, and
 * the first sync run's counts reach the programme table — «зарегистрировано на платформе» 214, and each school's
 * own (found by the registry's Sirius.Schools id); the roster's deliberate differences (DEMO_ROSTER_DIVERGENCES)
 * are what the reconciliation reports. Issue 15's figures: the half-year status report (DOCX) reads back seed 000's
 * table row by row, its totals and the 214.
 */
describe('the demo’s Sirius.Schools platform: its registrations in the programme table, its differences in the mismatch report', () => {
  const credentials = { clientId: 'orbita-e2e-registrations', clientSecret: 'e2e-registrations-secret' };
  const roster = siriusDemoRoster(demoSeedDay());
  const simulator = new SiriusSimulator({ ...credentials, roster });
  let platform: TestPlatform;

  beforeAll(async () => {
    const url = await simulator.listen(0);
    platform = await TestPlatform.start([
      { definition: REGISTRY_SERVICE, config: RegistryConfig, seed: seedRegistryDemoData },
      { definition: REPORTING_SERVICE, config: ReportingConfig },
      { definition: ENROLLMENT_SERVICE, config: EnrollmentConfig, seed: seedEnrollmentDemoData },
      // The half-year report lists the works held from assessments.
      { definition: ASSESSMENTS_SERVICE, config: AssessmentsConfig, seed: seedAssessmentsDemoData },
      {
        definition: INTEGRATION_SERVICE,
        config: IntegrationConfig,
        env: {
          SIRIUS_URL: url,
          SIRIUS_CLIENT_ID: credentials.clientId,
          SIRIUS_CLIENT_SECRET: credentials.clientSecret,
        },
        seed: seedIntegrationDemoData,
      },
    ]);
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    await simulator.close();
  });

  it('shows the 214 for the region and each school’s registered people', async () => {
    const observer = await platform.gateway.tokenFor('observer');
    const url = '/reports/programme-table?programmeCode=sirius_partner_schools&schoolYear=2024';
    const table = await eventually(
      'the counts reach the programme table',
      async () => {
        const response = await platform.request('GET', url, observer);
        const view = response.statusCode === 200 ? response.json<ProgrammeTableView>() : undefined;
        return view?.totals.registeredOnPlatform !== null && view?.schools.length === 8 ? view : undefined;
      },
      30_000,
    );
    expect(table.totals.registeredOnPlatform).toBe(214);

    // Per school: the people the roster registers there (each user's school is its primary role's org).
    const registeredAt = new Map<string, number>();
    for (const user of roster.users) {
      const org = (user['roles'] as { org: { sourcedId: string } }[])[0].org.sourcedId;
      registeredAt.set(org, (registeredAt.get(org) ?? 0) + 1);
    }
    const orgByName = new Map(roster.orgs.map((org) => [org['name'] as string, org.sourcedId]));
    expect(table.schools.map((school) => school.registeredOnPlatform)).toEqual(
      table.schools.map((school) => registeredAt.get(orgByName.get(school.schoolName ?? '') ?? '')),
    );
    expect(table.schools.reduce((sum, school) => sum + (school.registeredOnPlatform ?? 0), 0)).toBe(214);
  });

  it('gives the mismatch report the demo roster’s deliberate differences, each where it was made', async () => {
    const coordinator = await platform.gateway.tokenFor('regional_coordinator');
    const observer = await platform.gateway.tokenFor('observer');
    const url = '/reports/programme-table?programmeCode=sirius_partner_schools&schoolYear=2024';
    const table = (await platform.request('GET', url, observer)).json<ProgrammeTableView>();
    const reported = await eventually(
      'the reconciliation reports every school',
      async () => {
        const kinds: string[] = [];
        for (const school of table.schools) {
          const response = await platform.request(
            'GET',
            `/integration/mismatches?schoolId=${school.schoolId}&pageSize=200`,
            coordinator,
          );
          if (response.statusCode !== 200) return undefined;
          for (const mismatch of response.json<{ items: { kind: string }[] }>().items)
            kinds.push(`${school.schoolName}: ${mismatch.kind}`);
        }
        return kinds.length === 9 ? kinds.sort() : undefined;
      },
      30_000,
    );
    expect(reported).toEqual(
      [
        'МАОУ лицей № 1 имени А.С. Пушкина г. Томска: not_registered',
        'МАОУ лицей № 1 имени А.С. Пушкина г. Томска: duplicate',
        'МАОУ Академический лицей г. Томска им. Г.А. Псахье: link_proposed',
        'МАОУ СОШ № 4 им. И.С. Черных г. Томска: not_registered',
        'МАОУ СОШ № 16 г. Томска: platform_only',
        'МАОУ Школа «Открытие» г. Томска: link_proposed',
        'МАОУ Школа «Открытие» г. Томска: platform_only',
        'МАОУ Школа «Эврика-развитие» г. Томска: class_differs',
        'МОУ СОШ № 4 г.о. Стрежевой: not_registered',
      ].sort(),
    );
  });

  it('writes seed 000’s figures into the half-year status report, the same bytes for the same asOf', async () => {
    const observer = await platform.gateway.tokenFor('observer');
    const url =
      '/reports/half-year-status.docx?programmeCode=sirius_partner_schools&schoolYear=2024&half=1&asOf=2024-12-27T09:00:00.000Z';
    const response = await platform.request('GET', url, observer);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Справка о ходе реализации')}`,
    );
    expect((await platform.request('GET', url, observer)).rawPayload.equals(response.rawPayload)).toBe(true);

    const xml = await (await JSZip.loadAsync(response.rawPayload)).file('word/document.xml')!.async('string');
    const textOf = (fragment: string) =>
      [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    const [classTable] = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) =>
      [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) =>
        [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => textOf(cell)),
      ),
    );
    const lessons = 'В рамках урочной деятельности';
    const both = 'В рамках урочной и внеурочной деятельности';
    expect(classTable.slice(1)).toEqual([
      [
        '1.',
        'МАОУ лицей № 1 имени А.С. Пушкина г. Томска',
        '10 класс: «Математика», «Физика», «Информатика»',
        lessons,
        '26',
      ],
      ['', '', '10 класс: «Химия», «Биология»', lessons, '24'],
      [
        '2.',
        'МАОУ Академический лицей г. Томска им. Г.А. Псахье',
        '10 класс: «Математика», «Физика»',
        lessons,
        '9',
      ],
      ['3.', 'МАОУ СОШ № 4 им. И.С. Черных г. Томска', '10 класс: «Химия», «Биология»', lessons, '16'],
      ['4.', 'МАОУ СОШ № 16 г. Томска', '7 класс: «Математика», «Физика», «Информатика»', both, '16'],
      ['5.', 'МАОУ Школа «Открытие» г. Томска', '7 класс: «Химия», «Биология»', both, '10'],
      ['', '', '7 класс: «Математика», «Физика», «Информатика»', both, '11'],
      [
        '6.',
        'МАОУ Школа «Эврика-развитие» г. Томска',
        '7 класс: «Химия», «Биология», «Математика»',
        both,
        '20',
      ],
      ['', '', '10 класс: «Математика», «Информатика»', both, '8'],
      ['7.', 'МОУ СОШ № 4 г.о. Стрежевой', '7 класс: «Математика», «Физика», «Информатика»', both, '26'],
      [
        '8.',
        'МАОУ гимназия № 2 города Асино Томской области',
        '7 класс: «Математика», «Физика», «Информатика»',
        both,
        '11',
      ],
      [
        '',
        'Всего 8 общеобразовательных организаций',
        '11 классов; профильные направления: естественно-научное, физико-математическое, техническое',
        'Урочная и внеурочная деятельность',
        'Всего 177 обучающихся, 36 педагогических работников',
      ],
    ]);
    const text = textOf(xml);
    expect(text).toContain('Данные по состоянию на 27.12.2024 09:00 UTC.');
    expect(text).toContain('Всего на платформе зарегистрировано 214 человек');
    expect(text).toContain('прошли педагогических работников: 31.');
    expect(text).toContain('Зарегистрировано на платформе «Сириус.Школы»214integration → reporting');
  });

  it('refuses the half-year status report to a school account (403), a third half (400) and an unknown programme (404)', async () => {
    const observer = await platform.gateway.tokenFor('observer');
    const school = await platform.gateway.tokenFor('school_coordinator', randomUUID());
    const url = (query: string) => `/reports/half-year-status.docx?schoolYear=2024&${query}`;
    const refused = await platform.request('GET', url('programmeCode=sirius_partner_schools&half=1'), school);
    expect(refused.statusCode).toBe(403);
    const thirdHalf = await platform.request(
      'GET',
      url('programmeCode=sirius_partner_schools&half=3'),
      observer,
    );
    expect(thirdHalf.statusCode).toBe(400);
    expect(thirdHalf.body).toContain('half');
    const unknown = await platform.request('GET', url('programmeCode=no_such_programme&half=1'), observer);
    expect(unknown.json()).toMatchObject({ status: 404, code: 'REPORTS.PROGRAMME_NOT_FOUND' });
  });

  describe('the OneRoster CSV export (ONEROSTER_EXPORT_ENABLED)', () => {
    it('is off by default: 404 with a problem saying the setting turns it on', async () => {
      const token = await platform.gateway.tokenFor('regional_coordinator');
      const disabled = await platform.request('GET', EXPORT, token, undefined, { 'accept-language': 'en' });
      expect(disabled.statusCode).toBe(404);
      expect(disabled.json()).toMatchObject({
        code: 'INTEGRATION.ONEROSTER_EXPORT_DISABLED',
        detail: expect.stringContaining('ONEROSTER_EXPORT_ENABLED'),
      });
    });

    describe('once enabled', () => {
      // The setting is read per request: the test turns it on in the running gateway's configuration.
      beforeAll(() => {
        platform.gateway.config.ONEROSTER_EXPORT_ENABLED = true;
      });
      afterAll(() => {
        platform.gateway.config.ONEROSTER_EXPORT_ENABLED = false;
      });

      it('answers a ZIP of the OneRoster files: the 8 schools by their Sirius ids, 11 classes, 177 students and their teachers; the read audited', async () => {
        const account = await platform.gateway.createAccount({ role: 'regional_coordinator' });
        const response = await platform.request('GET', EXPORT, await platform.gateway.tokenFor(account));
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('application/zip');
        expect(response.headers['content-disposition']).toBe('attachment; filename="oneroster-2024.zip"');
        expect(response.headers['cache-control']).toBe('private, no-store');

        const zip = await JSZip.loadAsync(response.rawPayload);
        expect(Object.keys(zip.files).sort()).toEqual([
          'academicSessions.csv',
          'classes.csv',
          'courses.csv',
          'enrollments.csv',
          'manifest.csv',
          'orgs.csv',
          'roles.csv',
          'users.csv',
        ]);
        expect(await csvRows(zip, 'manifest.csv')).toEqual(
          expect.arrayContaining(['oneroster.version,1.2', 'file.users,bulk', 'file.demographics,absent']),
        );
        const orgs = await csvRows(zip, 'orgs.csv');
        expect(orgs[0]).toBe('sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId');
        expect(orgs).toHaveLength(1 + 8);
        expect(orgs.some((row) => row.startsWith('org-lyceum-1-tomsk,,,'))).toBe(true);
        expect(await csvRows(zip, 'classes.csv')).toHaveLength(1 + 11);

        const users = await csvRows(zip, 'users.csv');
        expect(users[0]).toMatch(
          /^sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,/,
        );
        const roles = (await csvRows(zip, 'roles.csv')).slice(1).map((row) => row.split(',')[5]);
        expect(roles.filter((role) => role === 'student')).toHaveLength(177);
        expect(roles.filter((role) => role === 'teacher').length).toBeGreaterThan(0);
        // A student row: our id (the platform's once linked: the demo's exact matches are), enabled, the names, the class's grade, the school's Sirius id; no birth date.
        const [studentId] =
          (await csvRows(zip, 'roles.csv')).find((row) => row.includes(',student,'))?.split(',') ?? [];
        const studentRow = users.find((row) => row.startsWith(`${studentId?.replace(/-student$/, '')},`));
        expect(studentRow).toMatch(
          /^([0-9a-f-]{36}|user-s\d+),,,true,[0-9a-f-]{36},,[^,]+,[^,]+,[^,]*,,,,,,(07|10),,,,,,,org-[a-z0-9-]+,$/,
        );
        expect(await zip.file('users.csv')?.async('string')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect((await csvRows(zip, 'enrollments.csv')).length).toBeGreaterThan(177);

        const admin = await platform.gateway.tokenFor('admin');
        const audit = await platform.request('GET', `/audit-events?actorId=${account.id}`, admin);
        expect(audit.json<{ items: Array<{ action: string; resourceType: string }> }>().items).toEqual([
          expect.objectContaining({ action: 'read', resourceType: 'oneroster-export' }),
        ]);
      });

      it('is the regional level’s: a school coordinator is refused (403)', async () => {
        const school = await platform.gateway.tokenFor('school_coordinator', randomUUID());
        expect((await platform.request('GET', EXPORT, school)).statusCode).toBe(403);
      });

      it('refuses a school year that is no year (400 naming schoolYear)', async () => {
        const token = await platform.gateway.tokenFor('regional_coordinator');
        const bad = await platform.request('GET', '/integration/oneroster-export.zip?schoolYear=soon', token);
        expect(bad.statusCode).toBe(400);
        expect(bad.body).toContain('schoolYear');
      });
    });
  });
});
