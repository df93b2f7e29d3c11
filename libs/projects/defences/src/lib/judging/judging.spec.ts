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
import { schoolCoordinator, type TestService } from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { startDefencesService } from '../../test/defences-service';

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
  /** School B's work an expert declared a conflict with. */
  let conflicted: WorkView;
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
    service = await startDefencesService();
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
    it('takes the panel size from the stage’s setting (3 at first), refusing one out of 1..10', async () => {
      const defaults = {
        aggregation: 'mean' as const,
        divergenceThreshold: 20,
        awards: { by: 'rank' as const, first: 1, second: 3, third: 6 },
      };
      expect(
        (await service.call(PROJECTS_RPC.getStageSummary, { stageId: stage.id })).settings,
      ).toMatchObject({
        expertsPerWork: 3,
      });
      expect(
        await service.failure(PROJECTS_RPC.saveStageSettings, {
          stageId: stage.id,
          ...defaults,
          expertsPerWork: 11,
        }),
      ).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'expertsPerWork' })] });
      expect(
        await service.call(PROJECTS_RPC.saveStageSettings, {
          stageId: stage.id,
          ...defaults,
          expertsPerWork: 2,
        }),
      ).toEqual({ ...defaults, nominationQuota: 3, expertsPerWork: 2 });
    });

    it('completes each panel from the section’s unconflicted experts, least loaded first, and says who is short', async () => {
      // No size given: the stage's setting (2).
      plan = await service.call(PROJECTS_RPC.assignExperts, { stageId: stage.id });

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

    it('tells each picked expert once which works this run gave them (projects.expert.assigned.v1)', async () => {
      const experts = [...new Set(plan.picks.map((pick) => pick.expertPersonId))];
      for (const expertPersonId of experts) {
        const [event, ...more] = await service.published('projects.expert.assigned.v1', { expertPersonId });
        expect(more).toEqual([]);
        expect(event.payload).toEqual({
          expertPersonId,
          stageId: stage.id,
          seasonId: season.id,
          stageKind: 'school',
          stageEndsOn: stage.endsOn,
          workIds: plan.picks
            .filter((pick) => pick.expertPersonId === expertPersonId)
            .map((pick) => pick.workId),
          automatic: true,
        });
      }
    });

    it('stores the picks as assignments, and a second run keeps the full panels as they are', async () => {
      const board = await service.call(PROJECTS_RPC.listAssignments, { stageId: stage.id });
      expect(board.map((assignment) => `${assignment.workId} ${assignment.expertPersonId}`).sort()).toEqual(
        plan.picks.map((pick) => `${pick.workId} ${pick.expertPersonId}`).sort(),
      );
      const again = await service.call(PROJECTS_RPC.assignExperts, { stageId: stage.id });
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
        nominationQuota: 3,
        expertsPerWork: 2,
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

    it('follows the stage’s settings as the coordinator changes them, refusing award bands out of order', async () => {
      const settings = {
        aggregation: 'median' as const,
        divergenceThreshold: 60,
        awards: { by: 'rank' as const, first: 1, second: 3, third: 6 },
        nominationQuota: 2,
      };
      // The panel size left out stays as it was.
      expect(await service.call(PROJECTS_RPC.saveStageSettings, { stageId: stage.id, ...settings })).toEqual({
        ...settings,
        expertsPerWork: 2,
      });
      const summary = await service.call(PROJECTS_RPC.getStageSummary, { stageId: stage.id });
      expect(summary.settings).toEqual({ ...settings, expertsPerWork: 2 });
      // The median of 75 and 25 is their mean; a spread of 50 is no longer divergent.
      expect(summary.works[1]).toMatchObject({ official: { score: 50, rank: 2 }, divergent: false });
      expect(
        await service.failure(PROJECTS_RPC.saveStageSettings, {
          stageId: stage.id,
          ...settings,
          awards: { by: 'rank', first: 3, second: 1, third: 6 },
        }),
      ).toMatchObject({ code: JudgingErrorCode.AWARD_RULE_INVALID, status: 422 });
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
      conflicted = await register(SCHOOL_B, 'physics');
      const reason = 'Консультировал автора на летней школе';
      // An expert of another section learns nothing of the work.
      expect(
        await service.failure(
          PROJECTS_RPC.declareConflict,
          { workId: conflicted.id, reason },
          expert(randomUUID()),
        ),
      ).toMatchObject({ code: ProjectsErrorCode.WORK_NOT_FOUND, status: 404 });
      expect(
        await service.call(PROJECTS_RPC.declareConflict, { workId: conflicted.id, reason }, expert(EXPERT_1)),
      ).toMatchObject({ workId: conflicted.id, expertPersonId: EXPERT_1, reason, confirmedAt: null });

      const confirmed = await service.call(PROJECTS_RPC.confirmConflict, {
        workId: conflicted.id,
        expertPersonId: EXPERT_1,
      });
      expect(confirmed.confirmedAt).not.toBeNull();
      expect(await service.call(PROJECTS_RPC.listConflicts, { seasonId: season.id })).toEqual([confirmed]);
      expect(
        await service.failure(PROJECTS_RPC.assignExpert, {
          workId: conflicted.id,
          stageId: stage.id,
          expertPersonId: EXPERT_1,
        }),
      ).toMatchObject({ code: JudgingErrorCode.EXPERT_CONFLICTED, status: 409 });
      plan = await service.call(PROJECTS_RPC.assignExperts, { stageId: stage.id, expertsPerWork: 2 });
      expect(panelOf(conflicted)).toHaveLength(2);
      expect(panelOf(conflicted)).not.toContain(EXPERT_1);
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

  describe('nomination and results', () => {
    it('wait for the stage to close', async () => {
      expect(
        await service.failure(
          PROJECTS_RPC.listNominationCandidates,
          { stageId: stage.id },
          schoolCoordinator(SCHOOL_A),
        ),
      ).toMatchObject({ code: ProjectsErrorCode.STAGE_OPEN, status: 409 });
      // Another school's work is refused before the stage's state is told.
      expect(
        await service.failure(
          PROJECTS_RPC.nominateWorks,
          { stageId: stage.id, workIds: [other.id] },
          schoolCoordinator(SCHOOL_A),
        ),
      ).toMatchObject({
        code: ProjectsErrorCode.NOMINATION_INVALID,
        status: 422,
        errors: [{ field: 'workIds.0' }],
      });
      expect(
        await service.failure(PROJECTS_RPC.nominateWorks, {
          stageId: stage.id,
          schoolId: SCHOOL_A,
          quota: 1,
        }),
      ).toMatchObject({ code: ProjectsErrorCode.STAGE_OPEN, status: 409 });
      expect(await service.failure(PROJECTS_RPC.publishResults, { stageId: stage.id })).toMatchObject({
        code: ProjectsErrorCode.STAGE_OPEN,
        status: 409,
      });
      // The conflicted work's panel scores 2 of 4 each: 50, like the other work of school B.
      for (const assignment of await service.call(PROJECTS_RPC.listAssignments, { stageId: stage.id })) {
        const [own] = await service.call(
          PROJECTS_RPC.listSheets,
          { workId: assignment.workId, stageId: stage.id },
          expert(assignment.expertPersonId),
        );
        if (own?.status === 'submitted') continue;
        const at = { workId: assignment.workId, stageId: stage.id };
        const who = expert(assignment.expertPersonId);
        await service.call(
          PROJECTS_RPC.saveSheet,
          { ...at, scores: [{ criterionKey: 'goal', points: 2 }] },
          who,
        );
        await service.call(PROJECTS_RPC.submitSheet, at, who);
      }
      expect(await service.call(PROJECTS_RPC.closeStage, { id: stage.id })).toMatchObject({
        status: 'closed',
      });
    });

    it('send a school’s best works to the final within its quota, ties together or not at all', async () => {
      const final = season.stages[1];
      expect(
        await service.call(PROJECTS_RPC.nominateWorks, { stageId: stage.id, schoolId: SCHOOL_A, quota: 1 }),
      ).toEqual({ schoolId: SCHOOL_A, finalStageId: final.id, nominated: [supervised.id], tiedAtCutoff: [] });
      const [nomination] = await service.published('projects.work.nominated.v1', { schoolId: SCHOOL_A });
      expect(nomination.payload).toEqual({
        finalStageId: final.id,
        seasonId: season.id,
        schoolYear: 2025,
        schoolId: SCHOOL_A,
        workIds: [supervised.id],
      });
      // School B's two works both score 50: one place cannot take either.
      const tied = await service.call(PROJECTS_RPC.nominateWorks, {
        stageId: stage.id,
        schoolId: SCHOOL_B,
        quota: 1,
      });
      expect(tied.nominated).toEqual([]);
      expect([...tied.tiedAtCutoff].sort()).toEqual([other.id, conflicted.id].sort());
      expect(
        await service.failure(PROJECTS_RPC.nominateWorks, {
          stageId: final.id,
          schoolId: SCHOOL_A,
          quota: 1,
        }),
      ).toMatchObject({ code: ProjectsErrorCode.STAGE_OPEN });

      // The final's automatic assignment takes the nominated works only.
      const finalPlan = await service.call(PROJECTS_RPC.assignExperts, {
        stageId: final.id,
        expertsPerWork: 1,
      });
      // The run's size (1) wins over the final's setting (3).
      expect(finalPlan.picks.map((pick) => pick.workId)).toEqual([supervised.id]);
    });

    it('show a school its own judged works ranked within the school, the quota and what is nominated', async () => {
      const final = season.stages[1];
      // School A's chemistry work has no panel: not judged, not a candidate; school B's works never listed.
      expect(
        await service.call(
          PROJECTS_RPC.listNominationCandidates,
          { stageId: stage.id },
          schoolCoordinator(SCHOOL_A),
        ),
      ).toEqual({
        stageId: stage.id,
        schoolId: SCHOOL_A,
        finalStageId: final.id,
        quota: 2,
        works: [
          {
            workId: supervised.id,
            sectionId: expect.any(String),
            score: 100,
            schoolRank: 1,
            award: 'I',
            nominated: true,
            recommended: true,
          },
        ],
      });
      const ofB = await service.call(PROJECTS_RPC.listNominationCandidates, {
        stageId: stage.id,
        schoolId: SCHOOL_B,
      });
      expect(ofB.works.map((work) => [work.schoolRank, work.nominated, work.recommended])).toEqual([
        [1, false, true],
        [1, false, true],
      ]);
      expect([...ofB.works.map((work) => work.workId)].sort()).toEqual([other.id, conflicted.id].sort());
      expect(
        await service.failure(
          PROJECTS_RPC.listNominationCandidates,
          { stageId: stage.id, schoolId: SCHOOL_B },
          schoolCoordinator(SCHOOL_A),
        ),
      ).toMatchObject({ code: ProjectsErrorCode.SCHOOL_NOT_FOUND, status: 404 });
    });

    it('let a school coordinator send the works it picks, within the stage’s quota, for its own school only', async () => {
      const coordinatorB = schoolCoordinator(SCHOOL_B);
      const final = season.stages[1];
      // Tied works are the school's choice: it picks one.
      expect(
        await service.call(
          PROJECTS_RPC.nominateWorks,
          { stageId: stage.id, workIds: [conflicted.id] },
          coordinatorB,
        ),
      ).toEqual({ schoolId: SCHOOL_B, finalStageId: final.id, nominated: [conflicted.id], tiedAtCutoff: [] });
      // The region's tied nomination of school B came first, the school's choice second.
      const [, chosen] = await service.published('projects.work.nominated.v1', { schoolId: SCHOOL_B }, 2);
      expect(chosen.payload).toMatchObject({
        finalStageId: final.id,
        schoolId: SCHOOL_B,
        workIds: [conflicted.id],
      });

      const refusals = [
        [{ quota: 3 }, 'quota'],
        [{ quota: 1, workIds: [other.id, conflicted.id] }, 'workIds'],
        [{ workIds: [other.id, supervised.id] }, 'workIds.1'],
      ] as const;
      for (const [body, field] of refusals)
        expect(
          await service.failure(PROJECTS_RPC.nominateWorks, { stageId: stage.id, ...body }, coordinatorB),
        ).toMatchObject({ code: ProjectsErrorCode.NOMINATION_INVALID, status: 422, errors: [{ field }] });
      // A work of the school not judged at the stage is no candidate either.
      expect(
        await service.failure(
          PROJECTS_RPC.nominateWorks,
          { stageId: stage.id, workIds: [unjudged.id] },
          schoolCoordinator(SCHOOL_A),
        ),
      ).toMatchObject({ code: ProjectsErrorCode.NOMINATION_INVALID, errors: [{ field: 'workIds.0' }] });
      expect(
        await service.failure(
          PROJECTS_RPC.nominateWorks,
          { stageId: stage.id, schoolId: SCHOOL_A, workIds: [supervised.id] },
          coordinatorB,
        ),
      ).toMatchObject({ code: ProjectsErrorCode.SCHOOL_NOT_FOUND, status: 404 });
      expect(
        await service.failure(PROJECTS_RPC.nominateWorks, { stageId: stage.id, workIds: [other.id] }),
      ).toMatchObject({ code: ProjectsErrorCode.SCHOOL_REQUIRED, errors: [{ field: 'schoolId' }] });

      // Nothing of the refused requests was saved: the school's choice stands, school A's too.
      const candidates = await service.call(
        PROJECTS_RPC.listNominationCandidates,
        { stageId: stage.id },
        coordinatorB,
      );
      expect(candidates.works.filter((work) => work.nominated).map((work) => work.workId)).toEqual([
        conflicted.id,
      ]);
      const ofA = await service.call(
        PROJECTS_RPC.listNominationCandidates,
        { stageId: stage.id },
        schoolCoordinator(SCHOOL_A),
      );
      expect(ofA.works.map((work) => work.nominated)).toEqual([true]);
    });

    it('are published once, announcing the stage and its awarded works by id', async () => {
      const publication = await service.call(PROJECTS_RPC.publishResults, { stageId: stage.id });
      expect([...publication.awardedWorkIds].sort()).toEqual([supervised.id, other.id, conflicted.id].sort());
      const [event] = await service.published('projects.results.published.v1', { stageId: stage.id });
      expect(event.payload).toEqual({
        stageId: stage.id,
        seasonId: season.id,
        schoolYear: 2025,
        kind: 'school',
        awardedWorkIds: publication.awardedWorkIds,
      });
      expect(await service.failure(PROJECTS_RPC.publishResults, { stageId: stage.id })).toMatchObject({
        code: ProjectsErrorCode.RESULTS_PUBLISHED,
        status: 409,
      });
    });
  });
});
