import { ASSESSMENTS_SERVICE, AssessmentsConfig } from '@orbita/assessments/service';
import { seedAssessmentsDemoData, seedAssessmentsDemoProtocols } from '../../tools/seeds/assessments-demo';
import { DEMO_LIVE_SCHOOLS } from '../../tools/seeds/assessments-demo-protocols';
import { currentDemoWorks, DEMO_WORKS } from '@orbita/assessments/works';
import type { ProtocolView } from '@orbita/assessments/rpc';
import { demoSeedDay, type Page } from '@orbita/contracts';
import { type SchoolView } from '@orbita/registry/rpc';
import { type CompletenessView, type ProgressView, type WorkAnalyticsView } from '@orbita/reporting/rpc';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import { REPORTING_SERVICE, ReportingConfig } from '@orbita/reporting/service';
import { testActorKeys } from '@orbita/testing';
import { eventually } from './support/eventually';
import { TestPlatform } from './support/platform';

const [INTERMEDIATE_MATH, , FINAL_MATH] = DEMO_WORKS;

/**
 * The demo data as `npm start` loads it gives the regional coordinator analytics to look at: accepted
 * protocols of the math works from some schools, uploaded through the assessments service, reach
 * reporting's figures and the intermediate → final progress; the first schools stay free for the live flow.
 */
describe('analytics from the demo data', () => {
  let platform: TestPlatform;
  let regional: string;
  let schools: SchoolView[];

  beforeAll(async () => {
    platform = await TestPlatform.start([
      { definition: REGISTRY_SERVICE, config: RegistryConfig, seed: seedRegistryDemoData },
      {
        definition: ASSESSMENTS_SERVICE,
        config: AssessmentsConfig,
        seed: async (env) => {
          await seedAssessmentsDemoData(env);
          await seedAssessmentsDemoProtocols(env);
        },
      },
      { definition: REPORTING_SERVICE, config: ReportingConfig },
    ]);
    regional = await platform.gateway.tokenFor('regional_coordinator');
    schools = (await platform.request('GET', '/schools?pageSize=50&sort=shortName', regional)).json<
      Page<SchoolView>
    >().items;
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
  });

  const get = async <T>(url: string) => (await platform.request('GET', url, regional)).json<T>();

  it('has accepted math protocols of the later schools, none of the first ones; seeding again adds nothing', async () => {
    const protocols = async (workId: string) =>
      (await get<Page<ProtocolView>>(`/protocols?workId=${workId}&pageSize=100`)).items;
    const demoSchools = schools.slice(DEMO_LIVE_SCHOOLS).map((school) => school.id);
    const intermediate = await protocols(INTERMEDIATE_MATH.id);
    expect(intermediate.map((protocol) => protocol.schoolId).sort()).toEqual([...demoSchools].sort());
    expect(new Set(intermediate.map((protocol) => protocol.status))).toEqual(new Set(['accepted']));
    expect((await protocols(FINAL_MATH.id)).map((protocol) => protocol.schoolId).sort()).toEqual(
      demoSchools.slice(0, -1).sort(),
    );

    const again = await seedAssessmentsDemoProtocols({
      DATABASE_URL: platform.database.url,
      NATS_SUBJECT_PREFIX: platform.prefix,
      ACTOR_SIGNING_KEY: testActorKeys().signingKey,
      ACTOR_VERIFY_KEY: testActorKeys().verifyKey,
    });
    // 2024/25: both math works, the last school without its final; the current year: three schools.
    expect(again).toBe(
      `0 demo protocols uploaded now, 0 of them accepted (${2 * demoSchools.length - 1 + 3} there already)`,
    );
  });

  it('has a current school year: the intermediate work open today, three protocols in on time, one awaiting review', async () => {
    const today = demoSeedDay();
    const [current] = currentDemoWorks(today);
    expect(current.schoolYear).toBeGreaterThan(INTERMEDIATE_MATH.schoolYear);
    expect(current.windowFrom <= today && today <= current.windowTo).toBe(true);

    const demoSchools = schools.slice(DEMO_LIVE_SCHOOLS).map((school) => school.id);
    const protocols = (await get<Page<ProtocolView>>(`/protocols?workId=${current.id}&pageSize=100`)).items;
    expect(protocols.map((protocol) => protocol.schoolId).sort()).toEqual(demoSchools.slice(0, 3).sort());
    expect(protocols.map((protocol) => protocol.status).sort()).toEqual([
      'accepted',
      'accepted',
      'submitted',
    ]);

    const completeness = await eventually(
      'the current year on the completeness board',
      async () => {
        const view = await get<CompletenessView>(`/completeness/works/${current.id}`);
        return view.totals?.reported === 3 && view.totals.accepted === 2 && view;
      },
      30_000,
    );
    expect(completeness.windowClosed).toBe(false);
    expect(completeness.totals.onTimeRate).toBeGreaterThan(0);
    const work = await eventually('the current year’s figures', async () => {
      const view = await get<WorkAnalyticsView>(`/analytics/works/${current.id}`);
      return view.schools?.length === 3 && view;
    });
    expect(work.provisionalSchools).toBe(1);
  });

  it('fills the work analytics, completeness and the intermediate → final progress with matched participants', async () => {
    const progress = await eventually(
      'progress of every demo school',
      async () => {
        const response = await platform.request(
          'GET',
          '/analytics/progress?subject=math&grade=7&schoolYear=2024',
          regional,
        );
        const view = response.statusCode === 200 ? response.json<ProgressView>() : undefined;
        return (
          view?.schools.length === schools.length - DEMO_LIVE_SCHOOLS &&
          view.region.finalParticipants > 0 &&
          view
        );
      },
      30_000,
    );
    expect(progress).toMatchObject({
      intermediate: { workId: INTERMEDIATE_MATH.id },
      final: { workId: FINAL_MATH.id },
      region: { method: 'matched' },
    });
    expect(progress.region.matchedParticipants).toBeGreaterThan(progress.region.finalParticipants / 2);
    expect(progress.region.changePercentPoints).toBeGreaterThan(0);
    expect(progress.schools.filter((school) => school.finalParticipants === 0)).toHaveLength(1);

    const work = await get<WorkAnalyticsView>(`/analytics/works/${INTERMEDIATE_MATH.id}`);
    expect(work.region.participants).toBe(progress.region.intermediateParticipants);
    // A spread of results: every level has participants, and the histogram more than one bar.
    expect(work.region.levels.every((level) => level.count > 0)).toBe(true);
    expect(work.region.histogram.filter((bin) => bin.count > 0).length).toBeGreaterThan(3);
    expect(work.schools).toHaveLength(schools.length - DEMO_LIVE_SCHOOLS);

    const accepted = await eventually(
      'the acceptances on the completeness board',
      async () => {
        const { totals } = await get<CompletenessView>(`/completeness/works/${INTERMEDIATE_MATH.id}`);
        return totals.accepted === schools.length - DEMO_LIVE_SCHOOLS && totals;
      },
      30_000,
    );
    expect(accepted).toMatchObject({
      expected: schools.length,
      reported: schools.length - DEMO_LIVE_SCHOOLS,
    });
  });
});
