import { demoSeedDay } from '@orbita/contracts';
import { ENROLLMENT_SERVICE, EnrollmentConfig } from '@orbita/enrollment/service';
import { INTEGRATION_SERVICE, IntegrationConfig } from '@orbita/integration/service';
import { SiriusSimulator } from '@orbita/integration/simulator';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import type { ProgrammeTableView } from '@orbita/reporting/rpc';
import { REPORTING_SERVICE, ReportingConfig } from '@orbita/reporting/service';
import { seedEnrollmentDemoData } from '../../tools/seeds/enrollment-demo';
import { seedIntegrationDemoData } from '../../tools/seeds/integration-demo';
import { siriusDemoRoster } from '../../tools/seeds/sirius-demo-roster';
import { eventually } from './support/eventually';
import { TestPlatform } from './support/platform';

/**
 * Issue 14's figure: the demo seeded as `npm start` seeds it, with the simulator serving the demo roster, and
 * the first sync run's counts reach the programme table — «зарегистрировано на платформе» 214, and each school's
 * own (found by the registry's Sirius.Schools id); the roster's deliberate differences (DEMO_ROSTER_DIVERGENCES)
 * are what the reconciliation reports.
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
});
