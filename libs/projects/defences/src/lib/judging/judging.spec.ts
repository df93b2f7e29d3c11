import type { Actor } from '@orbita/auth';
import { CommonErrorCode } from '@orbita/observability';
import { JudgingErrorCode } from '@orbita/projects/judging';
import {
  PROJECTS_RPC,
  ProjectsErrorCode,
  type AssignmentPlanView,
  type SeasonView,
  type StageView,
  type WorkView,
} from '@orbita/projects/rpc';
import { schoolCoordinator, startTestService, type TestService } from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { DEFENCES_ENTITIES, DEFENCES_MIGRATIONS, ProjectsDefencesModule } from '../defences.module';

const SCHOOL_A = randomUUID();
const SCHOOL_B = randomUUID();
const [EXPERT_1, EXPERT_2, EXPERT_3, SUPERVISOR] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];

const expert = (personId: string): Actor => ({
  userId: randomUUID(),
  role: 'expert',
  schoolId: null,
  personId,
});

describe('projects: judging a stage', () => {
  let service: TestService;
  let season: SeasonView;
  let stage: StageView;
  let supervised: WorkView;
  let other: WorkView;
  let unjudged: WorkView;
  let plan: AssignmentPlanView;

  const register = (schoolId: string, subjectArea: string, supervisorId = randomUUID()) =>
    service.call(
      PROJECTS_RPC.registerWork,
      {
        seasonId: season.id,
        title: 'Маятник и смартфон',
        kind: 'project',
        subjectArea,
        authorIds: [randomUUID()],
        supervisorId,
        abstract: 'Измерение ускорения свободного падения',
      },
      schoolCoordinator(schoolId),
    );
  const panelOf = (work: WorkView) =>
    plan.picks.filter((pick) => pick.workId === work.id).map((pick) => pick.expertPersonId);

  beforeAll(async () => {
    service = await startTestService({
      name: 'projects',
      entities: DEFENCES_ENTITIES,
      migrations: DEFENCES_MIGRATIONS,
      modules: [ProjectsDefencesModule],
    });
    await service.answering(PROJECTS_RPC.listSeasons);
    season = await service.call(PROJECTS_RPC.createSeason, { schoolYear: 2025 });
    stage = season.stages[0];
    await service.call(PROJECTS_RPC.saveSection, {
      seasonId: season.id,
      subjectArea: 'physics',
      title: 'Физика',
      expertIds: [EXPERT_1, EXPERT_2, EXPERT_3, SUPERVISOR],
    });
    await service.call(PROJECTS_RPC.saveSection, {
      seasonId: season.id,
      subjectArea: 'chemistry',
      title: 'Химия',
      expertIds: [],
    });
    supervised = await register(SCHOOL_A, 'physics', SUPERVISOR);
    other = await register(SCHOOL_B, 'physics');
    unjudged = await register(SCHOOL_A, 'chemistry');
  }, 60_000);

  afterAll(() => service?.close());

  describe('automatic assignment', () => {
    it('completes each panel from the section’s unconflicted experts, least loaded first, and says who is short', async () => {
      plan = await service.call(PROJECTS_RPC.assignExperts, { stageId: stage.id, expertsPerWork: 2 });

      expect(panelOf(supervised)).toHaveLength(2);
      expect(panelOf(supervised)).not.toContain(SUPERVISOR);
      expect(panelOf(other)).toHaveLength(2);
      // The supervised work has fewer candidates, so it is served first: its picks find every load at 0.
      expect(plan.picks.filter((pick) => pick.workId === supervised.id)).toEqual([
        expect.objectContaining({ load: 0, eligibleExperts: 3 }),
        expect.objectContaining({ load: 0, eligibleExperts: 3 }),
      ]);
      expect(plan.picks.filter((pick) => pick.workId === other.id)).toEqual([
        expect.objectContaining({ load: 0, eligibleExperts: 4 }),
        expect.objectContaining({ load: 0, eligibleExperts: 4 }),
      ]);
      expect(plan.shortfalls).toEqual([{ workId: unjudged.id, missing: 2, code: 'no-experts-in-section' }]);
    });

    it('stores the picks as assignments, and a second run keeps the full panels as they are', async () => {
      const board = await service.call(PROJECTS_RPC.listAssignments, { stageId: stage.id });
      expect(board.map((assignment) => `${assignment.workId} ${assignment.expertPersonId}`).sort()).toEqual(
        plan.picks.map((pick) => `${pick.workId} ${pick.expertPersonId}`).sort(),
      );
      const again = await service.call(PROJECTS_RPC.assignExperts, { stageId: stage.id, expertsPerWork: 2 });
      expect(again.picks).toEqual([]);
      expect(again.shortfalls).toEqual(plan.shortfalls);
    });

    it('is the regional centre’s, for a stage that exists', async () => {
      expect(
        await service.failure(PROJECTS_RPC.assignExperts, { stageId: stage.id }, schoolCoordinator(SCHOOL_A)),
      ).toMatchObject({ code: CommonErrorCode.FORBIDDEN, status: 403 });
      expect(await service.failure(PROJECTS_RPC.assignExperts, { stageId: randomUUID() })).toMatchObject({
        code: ProjectsErrorCode.STAGE_NOT_FOUND,
        status: 404,
      });
    });
  });

  describe('stage summary', () => {
    it('scores each work from its submitted sheets under the stage’s settings: totals, score, rank, award, divergence', async () => {
      await service.call(PROJECTS_RPC.createRubricVersion, {
        stageId: stage.id,
        criteria: [
          {
            key: 'goal',
            title: 'Постановка цели',
            maxPoints: 4,
            weight: 1,
            levels: [
              { points: 0, descriptor: 'Цель не поставлена' },
              { points: 4, descriptor: 'Цель поставлена и достигнута' },
            ],
            allowNotApplicable: false,
          },
        ],
      });
      // The supervised work: 4 and 4 of 4 → 100 and 100. The other: 3 and 1 → 75 and 25.
      const points = new Map([
        [supervised.id, [4, 4]],
        [other.id, [3, 1]],
      ]);
      for (const work of [supervised, other]) {
        for (const [index, expertPersonId] of panelOf(work).entries()) {
          const scores = [{ criterionKey: 'goal', points: points.get(work.id)![index] }];
          await service.call(
            PROJECTS_RPC.saveSheet,
            { workId: work.id, stageId: stage.id, scores },
            expert(expertPersonId),
          );
          await service.call(
            PROJECTS_RPC.submitSheet,
            { workId: work.id, stageId: stage.id },
            expert(expertPersonId),
          );
        }
      }

      const summary = await service.call(PROJECTS_RPC.getStageSummary, { stageId: stage.id });

      expect(summary.settings).toEqual({
        aggregation: 'mean',
        divergenceThreshold: 20,
        awards: { by: 'rank', first: 1, second: 3, third: 6 },
      });
      expect(
        summary.works.map(({ workId, official, spread, divergent }) => ({
          workId,
          official,
          spread,
          divergent,
        })),
      ).toEqual([
        { workId: supervised.id, official: { score: 100, rank: 1, award: 'I' }, spread: 0, divergent: false },
        { workId: other.id, official: { score: 50, rank: 2, award: 'II' }, spread: 50, divergent: true },
      ]);
      expect(summary.works[1].totals).toEqual(
        panelOf(other).map((expertPersonId, index) => ({ expertPersonId, total: [75, 25][index] })),
      );
      expect(summary.works[1].byMethod.mean).toEqual({ score: 50, rank: 2, award: 'II' });
      expect(summary.experts.map((each) => each.expertPersonId).sort()).toEqual(
        [...new Set(plan.picks.map((pick) => pick.expertPersonId))].sort(),
      );
    });

    it('is the regional centre’s', async () => {
      expect(
        await service.failure(
          PROJECTS_RPC.getStageSummary,
          { stageId: stage.id },
          schoolCoordinator(SCHOOL_A),
        ),
      ).toMatchObject({ code: CommonErrorCode.FORBIDDEN, status: 403 });
    });
  });

  describe('declared conflicts', () => {
    it('are declared by an expert of the work’s section and, once confirmed, keep the expert off the work', async () => {
      const work = await register(SCHOOL_B, 'physics');
      const reason = 'Консультировал автора на летней школе';
      // An expert of another section learns nothing of the work.
      expect(
        await service.failure(
          PROJECTS_RPC.declareConflict,
          { workId: work.id, reason },
          expert(randomUUID()),
        ),
      ).toMatchObject({ code: ProjectsErrorCode.WORK_NOT_FOUND, status: 404 });
      expect(
        await service.call(PROJECTS_RPC.declareConflict, { workId: work.id, reason }, expert(EXPERT_1)),
      ).toMatchObject({ workId: work.id, expertPersonId: EXPERT_1, reason, confirmedAt: null });

      const confirmed = await service.call(PROJECTS_RPC.confirmConflict, {
        workId: work.id,
        expertPersonId: EXPERT_1,
      });
      expect(confirmed.confirmedAt).not.toBeNull();
      expect(await service.call(PROJECTS_RPC.listConflicts, { seasonId: season.id })).toEqual([confirmed]);
      expect(
        await service.failure(PROJECTS_RPC.assignExpert, {
          workId: work.id,
          stageId: stage.id,
          expertPersonId: EXPERT_1,
        }),
      ).toMatchObject({ code: JudgingErrorCode.EXPERT_CONFLICTED, status: 409 });
      plan = await service.call(PROJECTS_RPC.assignExperts, { stageId: stage.id, expertsPerWork: 2 });
      expect(panelOf(work)).toHaveLength(2);
      expect(panelOf(work)).not.toContain(EXPERT_1);
    });

    it('are confirmed only when declared, by the regional centre', async () => {
      expect(
        await service.failure(PROJECTS_RPC.confirmConflict, { workId: other.id, expertPersonId: EXPERT_2 }),
      ).toMatchObject({ code: ProjectsErrorCode.CONFLICT_NOT_FOUND, status: 404 });
      expect(
        await service.failure(
          PROJECTS_RPC.confirmConflict,
          { workId: other.id, expertPersonId: EXPERT_2 },
          schoolCoordinator(SCHOOL_B),
        ),
      ).toMatchObject({ code: CommonErrorCode.FORBIDDEN, status: 403 });
    });
  });
});
