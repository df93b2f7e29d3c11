import type { Actor } from '@orbita/auth';
import { SHEET_SUBMITTED_V1, STAGE_CLOSED_V1, WORK_REGISTERED_V1 } from '@orbita/contracts';
import { CommonErrorCode } from '@orbita/observability';
import {
  PROJECTS_RPC,
  ProjectsErrorCode,
  type RegisterWorkCommand,
  type RubricCriterion,
  type SeasonView,
  type StageView,
  type WorkView,
} from '@orbita/projects/rpc';
import { regionalCoordinator, schoolCoordinator, type TestService } from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { startDefencesService } from '../test/defences-service';

const SCHOOL_A = randomUUID();
const SCHOOL_B = randomUUID();
const EXPERT_1 = randomUUID();
const EXPERT_2 = randomUUID();
const SUPERVISOR_EXPERT = randomUUID();
const OUTSIDER = randomUUID();

const expert = (personId: string | null): Actor => ({
  userId: randomUUID(),
  role: 'expert',
  schoolId: null,
  personId,
});

const CRITERIA: RubricCriterion[] = [
  {
    key: 'goal',
    title: 'Постановка цели',
    maxPoints: 3,
    weight: 1,
    levels: [
      { points: 0, descriptor: 'Цель не поставлена' },
      { points: 3, descriptor: 'Цель поставлена и достигнута' },
    ],
    allowNotApplicable: false,
  },
  {
    key: 'partner',
    title: 'Работа с партнёром',
    maxPoints: 2,
    weight: 0.5,
    levels: [
      { points: 0, descriptor: 'Партнёр не участвовал' },
      { points: 2, descriptor: 'Партнёр консультировал работу' },
    ],
    allowNotApplicable: true,
  },
];

describe('projects: defences', () => {
  let service: TestService;
  let season: SeasonView;
  let schoolStage: StageView;

  beforeAll(async () => {
    service = await startDefencesService();
    season = await service.call(PROJECTS_RPC.createSeason, { schoolYear: 2025 });
    schoolStage = season.stages[0];
    await service.call(PROJECTS_RPC.saveSection, {
      seasonId: season.id,
      subjectArea: 'physics',
      title: 'Физика',
      expertIds: [EXPERT_1, EXPERT_2, SUPERVISOR_EXPERT],
    });
  }, 60_000);

  afterAll(() => service?.close());

  const register = (schoolId: string, fields: Partial<RegisterWorkCommand> = {}): Promise<WorkView> =>
    service.call(
      PROJECTS_RPC.registerWork,
      {
        seasonId: season.id,
        title: 'Ускорение свободного падения и смартфон',
        kind: 'research',
        subjectArea: 'physics',
        authorIds: [randomUUID(), randomUUID()],
        supervisorId: randomUUID(),
        abstract: 'Сравнение датчиков смартфона с маятником',
        ...fields,
      },
      schoolCoordinator(schoolId),
    );

  const assign = (work: WorkView, expertPersonId: string, stageId = schoolStage.id) =>
    service.call(PROJECTS_RPC.assignExpert, { workId: work.id, stageId, expertPersonId });

  describe('seasons', () => {
    it('gives the stages the regional calendar’s dates by default', () => {
      expect(
        season.stages.map(({ kind, startsOn, endsOn, status }) => ({ kind, startsOn, endsOn, status })),
      ).toEqual([
        { kind: 'school', startsOn: '2025-09-01', endsOn: '2026-03-30', status: 'open' },
        { kind: 'final', startsOn: '2026-04-14', endsOn: '2026-04-18', status: 'open' },
      ]);
    });

    it('refuses a second season of the school year, and stages out of order naming the field', async () => {
      const duplicate = await service.failure(PROJECTS_RPC.createSeason, { schoolYear: 2025 });
      expect(duplicate).toMatchObject({ code: ProjectsErrorCode.DUPLICATE_SEASON, status: 409 });
      const dates = await service.failure(PROJECTS_RPC.createSeason, {
        schoolYear: 2026,
        finalStartsOn: '2027-03-01',
      });
      expect(dates).toMatchObject({
        code: ProjectsErrorCode.STAGE_DATES_INVALID,
        status: 422,
        errors: [expect.objectContaining({ field: 'finalStartsOn' })],
      });
    });

    it('is the regional centre’s: a school account gets 403', async () => {
      const failure = await service.failure(
        PROJECTS_RPC.createSeason,
        { schoolYear: 2030 },
        schoolCoordinator(SCHOOL_A),
      );
      expect(failure).toMatchObject({ code: CommonErrorCode.FORBIDDEN, status: 403 });
    });
  });

  describe('works', () => {
    it('are registered for the caller’s school and announced once, with ids only', async () => {
      const work = await register(SCHOOL_A, { partnerOrganisationId: randomUUID() });
      expect(work).toMatchObject({ schoolId: SCHOOL_A, seasonId: season.id, kind: 'research' });
      const [event, ...more] = await service.published(WORK_REGISTERED_V1.subject, { workId: work.id });
      expect(more).toEqual([]);
      expect(event.payload).toEqual({
        workId: work.id,
        seasonId: season.id,
        schoolYear: 2025,
        schoolId: SCHOOL_A,
        kind: 'research',
        subjectArea: 'physics',
        authorIds: work.authorIds,
        supervisorId: work.supervisorId,
        partnerOrganisationId: work.partnerOrganisationId,
      });
    });

    it('of another school answer 404, and a school account cannot register for another school', async () => {
      const work = await register(SCHOOL_A);
      const failure = await service.failure(
        PROJECTS_RPC.getWork,
        { id: work.id },
        schoolCoordinator(SCHOOL_B),
      );
      expect(failure).toMatchObject({ code: ProjectsErrorCode.WORK_NOT_FOUND, status: 404 });
      const listed = await service.call(
        PROJECTS_RPC.listWorks,
        { pageSize: 200 },
        schoolCoordinator(SCHOOL_B),
      );
      expect(listed.items.map((item) => item.id)).not.toContain(work.id);
      const elsewhere = await service.failure(
        PROJECTS_RPC.registerWork,
        {
          seasonId: season.id,
          schoolId: SCHOOL_A,
          title: 'Чужая работа',
          kind: 'project',
          subjectArea: 'physics',
          authorIds: [randomUUID()],
          supervisorId: randomUUID(),
          abstract: 'Аннотация',
        },
        schoolCoordinator(SCHOOL_B),
      );
      expect(elsewhere).toMatchObject({ code: ProjectsErrorCode.SCHOOL_NOT_FOUND, status: 404 });
      expect(await service.call(PROJECTS_RPC.getWork, { id: work.id })).toEqual(work);
    });

    it('need a section of their subject area and one to three authors', async () => {
      const section = await service.failure(
        PROJECTS_RPC.registerWork,
        { ...(await register(SCHOOL_A)), subjectArea: 'astronomy', id: undefined },
        schoolCoordinator(SCHOOL_A),
      );
      expect(section).toMatchObject({ code: ProjectsErrorCode.SECTION_NOT_FOUND, status: 422 });
      const authors = await service.failure(
        PROJECTS_RPC.registerWork,
        {
          seasonId: season.id,
          title: 'Четыре автора',
          kind: 'project',
          subjectArea: 'physics',
          authorIds: [randomUUID(), randomUUID(), randomUUID(), randomUUID()],
          supervisorId: randomUUID(),
          abstract: 'Аннотация',
        },
        schoolCoordinator(SCHOOL_A),
      );
      expect(authors).toMatchObject({
        code: CommonErrorCode.VALIDATION_FAILED,
        errors: [expect.objectContaining({ field: 'authorIds' })],
      });
    });

    it('are scheduled within their stage’s dates, at a place or online', async () => {
      const work = await register(SCHOOL_A);
      const slot = { workId: work.id, stageId: schoolStage.id, day: '2026-03-20', position: 2 };
      expect(await service.call(PROJECTS_RPC.scheduleWork, { ...slot, place: 'Лицей, ауд. 204' })).toEqual({
        ...slot,
        place: 'Лицей, ауд. 204',
        onlineLink: null,
      });
      const outside = await service.failure(PROJECTS_RPC.scheduleWork, {
        ...slot,
        day: '2026-04-01',
        onlineLink: 'https://meet.example.org/physics',
      });
      expect(outside).toMatchObject({ code: ProjectsErrorCode.DAY_OUTSIDE_STAGE, status: 422 });
      const scheduleSeenBy = async (actor: Actor) =>
        (await service.call(PROJECTS_RPC.listSchedule, { stageId: schoolStage.id }, actor)).map(
          (entry) => entry.workId,
        );
      expect(await scheduleSeenBy(schoolCoordinator(SCHOOL_A))).toContain(work.id);
      expect(await scheduleSeenBy(schoolCoordinator(SCHOOL_B))).not.toContain(work.id);
      expect(await scheduleSeenBy(expert(EXPERT_2))).not.toContain(work.id);
      const nowhere = await service.failure(PROJECTS_RPC.scheduleWork, slot);
      expect(nowhere).toMatchObject({ code: CommonErrorCode.VALIDATION_FAILED });
      expect(new Set(nowhere.errors?.map((error) => error.field))).toEqual(new Set(['place']));
    });
  });

  describe('assignments', () => {
    it('refuse an expert outside the section, a conflicted one, and the same expert twice', async () => {
      const work = await register(SCHOOL_A, { supervisorId: SUPERVISOR_EXPERT });
      expect(await assign(work, EXPERT_1)).toMatchObject({ workId: work.id, expertPersonId: EXPERT_1 });
      expect(await service.failure(PROJECTS_RPC.assignExpert, assignment(work, EXPERT_1))).toMatchObject({
        code: ProjectsErrorCode.ALREADY_ASSIGNED,
        status: 409,
      });
      expect(await service.failure(PROJECTS_RPC.assignExpert, assignment(work, OUTSIDER))).toMatchObject({
        code: ProjectsErrorCode.EXPERT_OUTSIDE_SECTION,
        status: 409,
      });
      const conflicted = await service.failure(
        PROJECTS_RPC.assignExpert,
        assignment(work, SUPERVISOR_EXPERT),
      );
      expect(conflicted).toMatchObject({
        code: 'PROJECTS.EXPERT_CONFLICTED',
        status: 409,
        extensions: { conflicts: [{ code: 'supervises-work' }] },
      });
    });

    it('let an expert see only the works assigned to them', async () => {
      const assigned = await register(SCHOOL_B);
      const other = await register(SCHOOL_B);
      await assign(assigned, EXPERT_2);
      const listed = await service.call(PROJECTS_RPC.listWorks, { pageSize: 200 }, expert(EXPERT_2));
      expect(listed.items.map((item) => item.id)).toContain(assigned.id);
      expect(listed.items.map((item) => item.id)).not.toContain(other.id);
      expect(await service.call(PROJECTS_RPC.getWork, { id: assigned.id }, expert(EXPERT_2))).toEqual(
        assigned,
      );
      for (const actor of [expert(EXPERT_2), expert(null)])
        expect(await service.failure(PROJECTS_RPC.getWork, { id: other.id }, actor)).toMatchObject({
          code: ProjectsErrorCode.WORK_NOT_FOUND,
          status: 404,
        });
      const sheet = await service.failure(
        PROJECTS_RPC.saveSheet,
        { workId: other.id, stageId: schoolStage.id, scores: [] },
        expert(EXPERT_2),
      );
      expect(sheet).toMatchObject({ status: 404 });
    });

    it('are removed by hand, after which the expert no longer sees the work', async () => {
      const work = await register(SCHOOL_A);
      await assign(work, EXPERT_1);
      expect(await service.call(PROJECTS_RPC.unassignExpert, assignment(work, EXPERT_1))).toBeUndefined();
      expect(await service.failure(PROJECTS_RPC.getWork, { id: work.id }, expert(EXPERT_1))).toMatchObject({
        code: ProjectsErrorCode.WORK_NOT_FOUND,
      });
      expect(await service.failure(PROJECTS_RPC.unassignExpert, assignment(work, EXPERT_1))).toMatchObject({
        code: ProjectsErrorCode.NOT_ASSIGNED,
        status: 404,
      });
    });

    const assignment = (work: WorkView, expertPersonId: string) => ({
      workId: work.id,
      stageId: schoolStage.id,
      expertPersonId,
    });
  });

  describe('rubrics and sheets, through a whole stage', () => {
    let stage: StageView;
    let work: WorkView;

    beforeAll(async () => {
      // A season of its own: freezing and closing its stage leaves the other tests’ stage open.
      const own = await service.call(PROJECTS_RPC.createSeason, { schoolYear: 2024 });
      stage = own.stages[0];
      await service.call(PROJECTS_RPC.saveSection, {
        seasonId: own.id,
        subjectArea: 'physics',
        title: 'Физика',
        expertIds: [EXPERT_1, EXPERT_2],
      });
      work = await service.call(
        PROJECTS_RPC.registerWork,
        {
          seasonId: own.id,
          title: 'Маятник Фуко в школьном дворе',
          kind: 'project',
          subjectArea: 'physics',
          authorIds: [randomUUID()],
          supervisorId: randomUUID(),
          abstract: 'Аннотация',
        },
        schoolCoordinator(SCHOOL_A),
      );
    });

    const sheetOf = (
      personId: string,
      scores: { criterionKey: string; points: number | null }[],
      comment?: string,
    ) =>
      service.call(
        PROJECTS_RPC.saveSheet,
        { workId: work.id, stageId: stage.id, scores, ...(comment && { comment }) },
        expert(personId),
      );
    const submit = (personId: string) =>
      service.call(PROJECTS_RPC.submitSheet, { workId: work.id, stageId: stage.id }, expert(personId));
    const sheetsSeenBy = async (actor: Actor) =>
      (await service.call(PROJECTS_RPC.listSheets, { workId: work.id, stageId: stage.id }, actor)).map(
        (sheet) => sheet.expertPersonId,
      );

    it('validates a rubric naming the field, and versions it while no sheet is submitted', async () => {
      const invalid = await service.failure(PROJECTS_RPC.createRubricVersion, {
        stageId: stage.id,
        criteria: [{ ...CRITERIA[0], levels: [{ points: 5, descriptor: 'Выше максимума' }] }],
      });
      expect(invalid).toMatchObject({
        code: ProjectsErrorCode.RUBRIC_INVALID,
        status: 400,
        errors: [expect.objectContaining({ field: 'criteria.0.levels.0.points' })],
      });
      await service.call(PROJECTS_RPC.createRubricVersion, { stageId: stage.id, criteria: [CRITERIA[0]] });
      const second = await service.call(PROJECTS_RPC.createRubricVersion, {
        stageId: stage.id,
        criteria: CRITERIA,
      });
      expect(second).toMatchObject({ version: 2, frozen: false, criteria: CRITERIA });
      expect(
        await service.call(PROJECTS_RPC.getStageRubric, { stageId: stage.id }, expert(EXPERT_1)),
      ).toEqual(second);
    });

    it('keeps drafts within the rubric, each expert seeing only their own before the stage closes', async () => {
      await assign(work, EXPERT_1, stage.id);
      await assign(work, EXPERT_2, stage.id);
      const board = await service.call(PROJECTS_RPC.listAssignments, { stageId: stage.id });
      expect(board.map((entry) => entry.expertPersonId).sort()).toEqual([EXPERT_1, EXPERT_2].sort());
      const tooMany = await service.failure(
        PROJECTS_RPC.saveSheet,
        { workId: work.id, stageId: stage.id, scores: [{ criterionKey: 'goal', points: 4 }] },
        expert(EXPERT_1),
      );
      expect(tooMany).toMatchObject({
        code: ProjectsErrorCode.SCORE_INVALID,
        errors: [expect.objectContaining({ field: 'scores.0.points' })],
      });
      const notApplicable = await service.failure(
        PROJECTS_RPC.saveSheet,
        { workId: work.id, stageId: stage.id, scores: [{ criterionKey: 'goal', points: null }] },
        expert(EXPERT_1),
      );
      expect(notApplicable).toMatchObject({ code: ProjectsErrorCode.SCORE_INVALID });
      const draft = await sheetOf(EXPERT_1, [
        { criterionKey: 'goal', points: 3 },
        { criterionKey: 'partner', points: null },
      ]);
      expect(draft).toMatchObject({ status: 'draft', submission: 0, expertPersonId: EXPERT_1 });
      await sheetOf(EXPERT_2, [{ criterionKey: 'goal', points: 1 }]);
      expect(await sheetsSeenBy(expert(EXPERT_1))).toEqual([EXPERT_1]);
      expect(await sheetsSeenBy(expert(EXPERT_2))).toEqual([EXPERT_2]);
      expect(await sheetsSeenBy(schoolCoordinator(SCHOOL_A))).toEqual([]);
      expect(await sheetsSeenBy({ userId: randomUUID(), role: 'observer', schoolId: null })).toEqual([]);
      expect((await sheetsSeenBy(regionalCoordinator())).sort()).toEqual([EXPERT_1, EXPERT_2].sort());
      const coordinatorWrites = await service.failure(PROJECTS_RPC.saveSheet, {
        workId: work.id,
        stageId: stage.id,
        scores: [],
      });
      expect(coordinatorWrites).toMatchObject({ code: CommonErrorCode.FORBIDDEN, status: 403 });
    });

    it('submits only a complete sheet; the first submission freezes the rubric', async () => {
      expect(
        await service.failure(
          PROJECTS_RPC.submitSheet,
          { workId: work.id, stageId: stage.id },
          expert(EXPERT_2),
        ),
      ).toMatchObject({ code: ProjectsErrorCode.SHEET_INCOMPLETE, status: 422 });
      const submitted = await submit(EXPERT_1);
      expect(submitted).toMatchObject({
        status: 'submitted',
        submission: 1,
        submittedAt: expect.any(String),
      });
      const [event, ...more] = await service.published(SHEET_SUBMITTED_V1.subject, { sheetId: submitted.id });
      expect(more).toEqual([]);
      expect(event.payload).toEqual({
        sheetId: submitted.id,
        workId: work.id,
        stageId: stage.id,
        stageKind: 'school',
        schoolId: SCHOOL_A,
        expertPersonId: EXPERT_1,
        rubricVersionId: submitted.rubricVersionId,
        submission: 1,
      });
      const frozen = await service.failure(PROJECTS_RPC.createRubricVersion, {
        stageId: stage.id,
        criteria: CRITERIA,
      });
      expect(frozen).toMatchObject({ code: ProjectsErrorCode.RUBRIC_FROZEN, status: 409 });
      expect(await service.call(PROJECTS_RPC.getStageRubric, { stageId: stage.id })).toMatchObject({
        frozen: true,
      });
      const rewrite = await service.failure(
        PROJECTS_RPC.saveSheet,
        { workId: work.id, stageId: stage.id, scores: [] },
        expert(EXPERT_1),
      );
      expect(rewrite).toMatchObject({ code: ProjectsErrorCode.SHEET_STATE_CONFLICT, status: 409 });
    });

    it('is reopened by the coordinator with a reason and submitted again', async () => {
      const [mine] = await service.call(
        PROJECTS_RPC.listSheets,
        { workId: work.id, stageId: stage.id },
        expert(EXPERT_1),
      );
      const reason = 'Критерий «Цель» оценён без комментария';
      const reopened = await service.call(PROJECTS_RPC.reopenSheet, { id: mine.id, reason });
      expect(reopened).toMatchObject({ status: 'reopened', reopenReason: reason, submission: 1 });
      expect(await service.failure(PROJECTS_RPC.reopenSheet, { id: mine.id, reason })).toMatchObject({
        code: ProjectsErrorCode.SHEET_STATE_CONFLICT,
      });
      await sheetOf(
        EXPERT_1,
        [
          { criterionKey: 'goal', points: 3 },
          { criterionKey: 'partner', points: 2 },
        ],
        'Исправлено',
      );
      expect(await submit(EXPERT_1)).toMatchObject({
        status: 'submitted',
        submission: 2,
        comment: 'Исправлено',
      });
      const events = await service.published(SHEET_SUBMITTED_V1.subject, { sheetId: mine.id }, 2);
      expect(events.map((event) => event.payload['submission'])).toEqual([1, 2]);
    });

    it('closes the stage only once every assigned sheet is submitted, then shows every sheet', async () => {
      const early = await service.failure(PROJECTS_RPC.closeStage, { id: stage.id });
      expect(early).toMatchObject({ code: ProjectsErrorCode.SHEETS_OUTSTANDING, status: 409 });
      await sheetOf(EXPERT_2, [
        { criterionKey: 'goal', points: 0 },
        { criterionKey: 'partner', points: 1 },
      ]);
      await submit(EXPERT_2);
      const unassign = await service.failure(PROJECTS_RPC.unassignExpert, {
        workId: work.id,
        stageId: stage.id,
        expertPersonId: EXPERT_2,
      });
      expect(unassign).toMatchObject({ code: ProjectsErrorCode.SHEET_SUBMITTED, status: 409 });

      const closed = await service.call(PROJECTS_RPC.closeStage, { id: stage.id });
      expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
      const [event, ...more] = await service.published(STAGE_CLOSED_V1.subject, { stageId: stage.id });
      expect(more).toEqual([]);
      expect(event.payload).toEqual({
        stageId: stage.id,
        seasonId: stage.seasonId,
        schoolYear: 2024,
        kind: 'school',
        workCount: 1,
        sheetCount: 2,
      });
      expect((await sheetsSeenBy(expert(EXPERT_1))).sort()).toEqual([EXPERT_1, EXPERT_2].sort());
      expect(await sheetsSeenBy(schoolCoordinator(SCHOOL_A))).toHaveLength(2);
      const late = await service.failure(
        PROJECTS_RPC.saveSheet,
        { workId: work.id, stageId: stage.id, scores: [] },
        expert(EXPERT_1),
      );
      expect(late).toMatchObject({ code: ProjectsErrorCode.STAGE_CLOSED, status: 409 });
    });
  });
});
