import { demoSeedDay, type Page } from '@orbita/contracts';
import { ENROLLMENT_SERVICE, EnrollmentConfig } from '@orbita/enrollment/service';
import type {
  AssignmentView,
  CreditFactView,
  DeclaredConflictView,
  SeasonView,
  SheetView,
  StageSummaryView,
  StudioApplicationView,
  StudioCycleView,
  StudioRankingView,
  WorkView,
} from '@orbita/projects/rpc';
import { PROJECTS_SERVICE, ProjectsConfig } from '@orbita/projects/service';
import type { PersonView, SchoolView } from '@orbita/registry/rpc';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import { testActorKeys } from '@orbita/testing';
import { seedEnrollmentDemoData } from '../../tools/seeds/enrollment-demo';
import { demoExpertEmail, seedProjectsDemoData } from '../../tools/seeds/projects-demo';
import { TestPlatform } from './support/platform';

/**
 * The projects demo as `npm start` loads it: every projects screen has something to show to the regional
 * coordinator, a school coordinator and an expert; seeding again changes nothing.
 */
describe('projects demo data', () => {
  let platform: TestPlatform;
  let regional: string;
  let past: SeasonView;
  let current: SeasonView;

  beforeAll(async () => {
    platform = await TestPlatform.start([
      { definition: REGISTRY_SERVICE, config: RegistryConfig, seed: seedRegistryDemoData },
      { definition: ENROLLMENT_SERVICE, config: EnrollmentConfig, seed: seedEnrollmentDemoData },
      { definition: PROJECTS_SERVICE, config: ProjectsConfig, seed: seedProjectsDemoData },
    ]);
    regional = await platform.gateway.tokenFor('regional_coordinator');
    [current, past] = await get<SeasonView[]>('/project-seasons');
  }, 600_000);

  afterAll(async () => {
    await platform?.stop();
  });

  async function get<T>(url: string, token = regional): Promise<T> {
    const response = await platform.request('GET', url, token);
    expect({ url, status: response.statusCode }).toEqual({ url, status: 200 });
    return response.json<T>();
  }
  const works = async (seasonId: string, token = regional) =>
    (await get<Page<WorkView>>(`/project-works?seasonId=${seasonId}&pageSize=200`, token)).items;

  it('has 12 invented experts in the registry, each in one of the three sections of both seasons', async () => {
    const people = await get<Page<PersonView>>('/people?role=expert&pageSize=100');
    const experts = people.items.filter((person) => /^expert\d\d@/.test(person.email ?? ''));
    expect(experts.map((person) => person.email).sort()).toEqual(
      Array.from({ length: 12 }, (_, index) => demoExpertEmail(index)),
    );
    for (const season of [past, current]) {
      expect(season.sections.map((section) => section.expertIds.length)).toEqual([4, 4, 4]);
      expect(new Set(season.sections.flatMap((section) => section.expertIds))).toEqual(
        new Set(experts.map((person) => person.id)),
      );
    }
  });

  it('has a past season judged through to published results', async () => {
    expect(past.schoolYear).toBe(2024);
    expect(past.stages.map((stage) => stage.status)).toEqual(['closed', 'closed']);
    const pastWorks = await works(past.id);
    expect(pastWorks.length).toBeGreaterThanOrEqual(40);
    expect(new Set(pastWorks.map((work) => work.schoolId)).size).toBe(8);

    const [schoolStage, final] = past.stages;
    const summary = await get<StageSummaryView>(`/project-stages/${schoolStage.id}/summary`);
    expect(summary.works).toHaveLength(pastWorks.length);
    expect(summary.works.every((work) => work.totals.length === 3)).toBe(true);
    expect(summary.works.filter((work) => work.divergent).length).toBeGreaterThanOrEqual(1);
    expect(summary.experts).toHaveLength(12);
    // The demo's severe expert (expert06) is the strictest of all.
    const people = await get<Page<PersonView>>('/people?role=expert&pageSize=100');
    const severe = people.items.find((person) => person.email === demoExpertEmail(5));
    const [strictest] = [...summary.experts].sort((a, b) => (a.severity ?? 0) - (b.severity ?? 0));
    expect(strictest.expertPersonId).toBe(severe?.id);

    const finalSummary = await get<StageSummaryView>(`/project-stages/${final.id}/summary`);
    expect(finalSummary.works.length).toBeGreaterThanOrEqual(8);
    expect(finalSummary.works.length).toBeLessThanOrEqual(2 * 8 + 4);
    expect(finalSummary.works.some((work) => work.official.award === 'I')).toBe(true);
    for (const stage of past.stages) {
      const again = await platform.request(
        'POST',
        `/project-stages/${stage.id}/results-publication`,
        regional,
      );
      expect(again.json()).toMatchObject({ status: 409, code: 'PROJECTS.RESULTS_PUBLISHED' });
    }
  });

  it('has a current season under way: panels of three, some sheets drafted, some submitted, the stage open', async () => {
    expect(current.schoolYear).toBeGreaterThan(past.schoolYear);
    const [schoolStage] = current.stages;
    expect(schoolStage.status).toBe('open');
    const currentWorks = await works(current.id);
    expect(currentWorks.length).toBeGreaterThanOrEqual(16);
    const assignments = await get<AssignmentView[]>(`/project-stages/${schoolStage.id}/assignments`);
    expect(assignments).toHaveLength(3 * currentWorks.length);
    // Declared conflicts: one confirmed (that expert is kept off the work), one awaiting the centre.
    const conflicts = await get<DeclaredConflictView[]>(`/project-seasons/${current.id}/conflicts`);
    expect(conflicts.map((conflict) => conflict.confirmedAt !== null).sort()).toEqual([false, true]);
    const confirmed = conflicts.find((conflict) => conflict.confirmedAt !== null) as DeclaredConflictView;
    expect(assignments).not.toContainEqual(
      expect.objectContaining({ workId: confirmed.workId, expertPersonId: confirmed.expertPersonId }),
    );
    const statuses = new Map<string, number>();
    for (const work of currentWorks)
      for (const sheet of await get<SheetView[]>(`/project-works/${work.id}/stages/${schoolStage.id}/sheets`))
        statuses.set(sheet.status, (statuses.get(sheet.status) ?? 0) + 1);
    expect(statuses.get('submitted')).toBeGreaterThan(0);
    expect(statuses.get('draft')).toBeGreaterThan(0);
    expect((statuses.get('submitted') ?? 0) + (statuses.get('draft') ?? 0)).toBeLessThan(assignments.length);
  });

  it('shows an expert only the works assigned to them, and a school coordinator only their school’s', async () => {
    const [schoolStage] = current.stages;
    const assignments = await get<AssignmentView[]>(`/project-stages/${schoolStage.id}/assignments`);
    const personId = current.sections[0].expertIds[0];
    const account = await platform.gateway.createAccount({ role: 'expert', personId });
    const expert = await platform.gateway.tokenFor(account);
    const assigned = assignments.filter((assignment) => assignment.expertPersonId === personId);
    expect(assigned.length).toBeGreaterThan(0);
    expect((await works(current.id, expert)).map((work) => work.id).sort()).toEqual(
      assigned.map((assignment) => assignment.workId).sort(),
    );

    const [school] = (await get<Page<SchoolView>>('/schools?pageSize=1&sort=shortName')).items;
    const coordinator = await platform.gateway.tokenFor('school_coordinator', school.id);
    const own = await works(past.id, coordinator);
    expect(own.length).toBeGreaterThanOrEqual(5);
    expect(own.every((work) => work.schoolId === school.id)).toBe(true);
  });

  it('has two studio cycles: the past one ranked and published, the current one taking applications', async () => {
    const cycles = await get<StudioCycleView[]>('/studio-cycles');
    const byYear = new Map(cycles.map((cycle) => [cycle.schoolYear, cycle]));
    const pastCycle = byYear.get(past.schoolYear) as StudioCycleView;
    const currentCycle = byYear.get(current.schoolYear) as StudioCycleView;
    expect(pastCycle.rankingPublishedAt?.startsWith(`${past.schoolYear + 1}-05`)).toBe(true);
    expect(pastCycle.applicationsCloseOn).toBe(`${past.schoolYear}-09-30`);
    const today = demoSeedDay();
    expect(currentCycle.applicationsOpenOn <= today && today <= currentCycle.applicationsCloseOn).toBe(true);
    expect(currentCycle.criteria.indicators.map((indicator) => indicator.rule.kind)).toEqual([
      'perFact',
      'perCount',
      'scale',
    ]);

    const ranking = await get<StudioRankingView>(`/studio-cycles/${pastCycle.id}/ranking`);
    expect(ranking.standings).toHaveLength(5);
    expect(ranking.standings.filter((standing) => standing.leader)).toHaveLength(3);

    const applications = await get<StudioApplicationView[]>(`/studio-cycles/${currentCycle.id}/applications`);
    expect(applications.map((application) => application.status).sort()).toEqual([
      'approved',
      'approved',
      'approved',
      'rejected',
      'returned',
      'submitted',
    ]);
    const facts = await get<CreditFactView[]>(`/credit-facts?cycleId=${currentCycle.id}`);
    expect(new Set(facts.map((fact) => fact.status))).toEqual(new Set(['pending', 'accepted', 'rejected']));
    // Each fact's evidence comes with the list (no request per fact): the seed's DOCX for every one.
    expect(
      new Set(facts.map(({ evidence }) => evidence && `${evidence.fileName} ${evidence.format}`)),
    ).toEqual(new Set(['Справка.docx DOCX']));
  });

  it('changes nothing when seeded again', async () => {
    const again = await seedProjectsDemoData({
      DATABASE_URL: platform.database.url,
      NATS_SUBJECT_PREFIX: platform.prefix,
      ACTOR_SIGNING_KEY: testActorKeys().signingKey,
      ACTOR_VERIFY_KEY: testActorKeys().verifyKey,
    });
    expect(again).toBe(
      '0 expert(s) registered in the registry; 0 project work(s) registered now, 0 expert sheet(s) written now; ' +
        '0 studio application(s) and 0 credit fact(s) submitted now',
    );
    expect(await get<SeasonView[]>('/project-seasons')).toEqual([current, past]);
  });
});
