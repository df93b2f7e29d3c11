import {
  RESULTS_PUBLISHED_V1,
  SHEET_SUBMITTED_V1,
  STUDIO_RANKING_PUBLISHED_V1,
  WORK_NOMINATED_V1,
  WORK_REGISTERED_V1,
  type StageKind,
} from '@orbita/contracts';
import { REPORTING_RPC, type ProjectResultsView } from '@orbita/reporting/rpc';
import { randomUUID } from 'node:crypto';
import { ReportingFixture, schoolCoordinator } from '../../test/reporting.fixture';

const SEASON = randomUUID();
const [SCHOOL_STAGE, FINAL] = [randomUUID(), randomUUID()];

describe('project results by school and subject area (real PostgreSQL and JetStream)', () => {
  let fixture: ReportingFixture;
  let lyceum: string;
  let gymnasium: string;
  /** Works by school: the lyceum's two physics works and one chemistry work, the gymnasium's physics work. */
  const works = {
    lyceumPhysics: [randomUUID(), randomUUID()],
    lyceumChemistry: randomUUID(),
    gymnasiumPhysics: randomUUID(),
  };
  const query = { schoolYear: 2025 };
  const results = (
    ready: (view: ProjectResultsView) => boolean,
    actor?: Parameters<ReportingFixture['call']>[2],
  ) => fixture.until(REPORTING_RPC.getProjectResults, query, ready, actor);

  const register = (workId: string, schoolId: string, subjectArea: string) =>
    fixture.publish(
      WORK_REGISTERED_V1,
      {
        workId,
        seasonId: SEASON,
        schoolYear: 2025,
        schoolId,
        kind: 'project',
        subjectArea,
        authorIds: [randomUUID()],
        supervisorId: randomUUID(),
      },
      { aggregateId: workId },
    );
  const judged = (workId: string, schoolId: string, stageId: string, stageKind: StageKind) =>
    fixture.publish(
      SHEET_SUBMITTED_V1,
      {
        sheetId: randomUUID(),
        workId,
        stageId,
        stageKind,
        schoolId,
        expertPersonId: randomUUID(),
        rubricVersionId: randomUUID(),
        submission: 1,
      },
      { aggregateId: workId },
    );

  beforeAll(async () => {
    fixture = await ReportingFixture.start();
    lyceum = await fixture.registerSchool('Лицей № 1');
    gymnasium = await fixture.registerSchool('Гимназия № 2');
    for (const workId of works.lyceumPhysics) await register(workId, lyceum, 'physics');
    await register(works.lyceumChemistry, lyceum, 'chemistry');
    await register(works.gymnasiumPhysics, gymnasium, 'physics');
    // Another year's work stays out.
    await fixture.publish(WORK_REGISTERED_V1, {
      workId: randomUUID(),
      seasonId: randomUUID(),
      schoolYear: 2024,
      schoolId: lyceum,
      kind: 'research',
      subjectArea: 'physics',
      authorIds: [randomUUID()],
      supervisorId: randomUUID(),
    });
    for (const workId of works.lyceumPhysics) await judged(workId, lyceum, SCHOOL_STAGE, 'school');
    await judged(works.gymnasiumPhysics, gymnasium, SCHOOL_STAGE, 'school');
  });
  afterAll(() => fixture?.close());

  it('counts works registered and judged per school and subject; awards stay unknown until the results are published', async () => {
    const view = await results(
      (answer) => answer.totals.schoolStage.judged === 3 && answer.totals.registered === 4,
    );
    expect(view.rows).toEqual([
      row(gymnasium, 'Гимназия № 2', 'physics', { registered: 1, schoolStage: { judged: 1, awarded: null } }),
      row(lyceum, 'Лицей № 1', 'chemistry', { registered: 1 }),
      row(lyceum, 'Лицей № 1', 'physics', { registered: 2, schoolStage: { judged: 2, awarded: null } }),
    ]);
    expect(view.studioRankings).toEqual([]);
  });

  it('counts awards once the results are published and nominations to the final, each event once however often it comes', async () => {
    const published = {
      stageId: SCHOOL_STAGE,
      seasonId: SEASON,
      schoolYear: 2025,
      kind: 'school' as const,
      awardedWorkIds: [works.lyceumPhysics[0], works.gymnasiumPhysics],
    };
    const eventId = await fixture.publish(RESULTS_PUBLISHED_V1, published, { aggregateId: SCHOOL_STAGE });
    await fixture.publish(RESULTS_PUBLISHED_V1, published, {
      aggregateId: SCHOOL_STAGE,
      eventId,
      redelivery: true,
    });
    const nomination = { finalStageId: FINAL, seasonId: SEASON, schoolYear: 2025, schoolId: lyceum };
    await fixture.publish(
      WORK_NOMINATED_V1,
      { ...nomination, workIds: works.lyceumPhysics },
      { aggregateId: FINAL },
    );
    // A new nomination replaces the school's earlier one.
    const renominated = await fixture.publish(
      WORK_NOMINATED_V1,
      { ...nomination, workIds: [works.lyceumPhysics[0]] },
      { aggregateId: FINAL },
    );
    await fixture.publish(
      WORK_NOMINATED_V1,
      { ...nomination, workIds: [works.lyceumPhysics[0]] },
      { aggregateId: FINAL, eventId: renominated, redelivery: true },
    );
    await judged(works.lyceumPhysics[0], lyceum, FINAL, 'final');

    const view = await results(
      (answer) =>
        answer.totals.schoolStage.awarded === 2 &&
        answer.totals.final.judged === 1 &&
        answer.totals.nominated === 1,
    );
    expect(view.rows).toEqual([
      row(gymnasium, 'Гимназия № 2', 'physics', { registered: 1, schoolStage: { judged: 1, awarded: 1 } }),
      row(lyceum, 'Лицей № 1', 'chemistry', { registered: 1, schoolStage: { judged: 0, awarded: 0 } }),
      row(lyceum, 'Лицей № 1', 'physics', {
        registered: 2,
        nominated: 1,
        schoolStage: { judged: 2, awarded: 1 },
        final: { judged: 1, awarded: null },
      }),
    ]);
    expect(view.totals).toEqual({
      registered: 4,
      nominated: 1,
      schoolStage: { judged: 3, awarded: 2 },
      final: { judged: 1, awarded: null },
    });
    expect(await fixture.query('SELECT stage_id FROM project_stage_results')).toHaveLength(1);
  });

  it('gives a school coordinator their own rows with the region’s totals, and the studios’ published ranking', async () => {
    const cycleId = randomUUID();
    const [first, second] = [randomUUID(), randomUUID()];
    await fixture.publish(
      STUDIO_RANKING_PUBLISHED_V1,
      {
        cycleId,
        schoolYear: 2025,
        leaderStudioIds: [first, second],
        leaderSchoolIds: [gymnasium, lyceum],
        studioCount: 7,
      },
      { aggregateId: cycleId },
    );
    const view = await results((answer) => answer.studioRankings.length === 1, schoolCoordinator(gymnasium));
    expect(view.rows.map((each) => `${each.schoolName} ${each.subjectArea}`)).toEqual([
      'Гимназия № 2 physics',
    ]);
    expect(view.totals.registered).toBe(4);
    expect(view.studioRankings).toEqual([
      {
        cycleId,
        studioCount: 7,
        publishedAt: expect.any(String),
        leaders: [
          { rank: 1, studioId: first, schoolId: gymnasium, schoolName: 'Гимназия № 2' },
          { rank: 2, studioId: second, schoolId: lyceum, schoolName: 'Лицей № 1' },
        ],
      },
    ]);
  });
});

function row(
  schoolId: string,
  schoolName: string,
  subjectArea: string,
  figures: Partial<
    Pick<ProjectResultsView['rows'][number], 'registered' | 'nominated' | 'schoolStage' | 'final'>
  >,
) {
  return {
    schoolId,
    schoolName,
    subjectArea,
    registered: 0,
    nominated: 0,
    schoolStage: { judged: 0, awarded: null },
    final: { judged: 0, awarded: null },
    ...figures,
  };
}
