import { CommonErrorCode } from '@orbita/observability';
import {
  CREDIT_FACT_VERIFIED_V1,
  STUDIO_APPLICATION_DECIDED_V1,
  STUDIO_RANKING_PUBLISHED_V1,
} from '@orbita/contracts';
import { DIRECTORY_ENTITIES, DIRECTORY_MIGRATIONS } from '@orbita/projects/directory';
import {
  ProjectsErrorCode,
  STUDIOS_RPC,
  StudiosErrorCode,
  type ApplyForStudioCommand,
  type CreditFactView,
  type StudioCriteria,
  type StudioCycleView,
  type StudioView,
  type SubmitCreditFactCommand,
} from '@orbita/projects/rpc';
import { schoolCoordinator, startTestService, type TestService } from '@orbita/service-host/testing';
import { randomUUID } from 'node:crypto';
import { ProjectsStudiosModule, STUDIOS_ENTITIES, STUDIOS_MIGRATIONS } from './studios.module';

const SCHOOL_A = randomUUID();
const SCHOOL_B = randomUUID();
const SCHOOL_C = randomUUID();

const CRITERIA: StudioCriteria = {
  indicators: [
    { id: 'events', name: 'Мероприятия студии', unit: 'мероприятия', rule: { kind: 'perFact', points: 5 } },
    {
      id: 'participants',
      name: 'Участники мероприятий',
      unit: 'участники',
      rule: { kind: 'perCount', pointsPerUnit: 0.5, capPerStudio: 20 },
    },
    {
      id: 'publications',
      name: 'Публикации о студии',
      unit: 'публикации',
      rule: {
        kind: 'scale',
        bands: [
          { threshold: 1, points: 3 },
          { threshold: 3, points: 8 },
        ],
      },
    },
  ],
};

/** A day `days` from today, written `2026-04-14` (windows here are wide enough for any time zone). */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('projects: studios', () => {
  let service: TestService;
  let cycle: StudioCycleView;

  beforeAll(async () => {
    service = await startTestService({
      name: 'projects',
      entities: [...STUDIOS_ENTITIES, ...DIRECTORY_ENTITIES],
      migrations: [...STUDIOS_MIGRATIONS, ...DIRECTORY_MIGRATIONS],
      modules: [ProjectsStudiosModule],
    });
    await service.answering(STUDIOS_RPC.listCycles);
    cycle = await service.call(STUDIOS_RPC.openCycle, {
      schoolYear: 2024,
      applicationsOpenOn: dayFromToday(-10),
      applicationsCloseOn: dayFromToday(30),
      criteria: CRITERIA,
    });
  }, 60_000);

  afterAll(() => service?.close());

  const apply = (schoolId: string, fields: Partial<ApplyForStudioCommand> = {}) =>
    service.call(
      STUDIOS_RPC.apply,
      {
        cycleId: cycle.id,
        direction: 'Естественно-научное',
        theme: 'Экология малых рек',
        mentorPersonId: randomUUID(),
        teamStudentIds: [randomUUID(), randomUUID()],
        ...fields,
      },
      schoolCoordinator(schoolId),
    );

  /** A studio of the school, opened by an approved application. */
  const openStudio = async (schoolId: string, inCycle: StudioCycleView): Promise<StudioView> => {
    const application = await apply(schoolId, { cycleId: inCycle.id });
    await service.call(STUDIOS_RPC.decideApplication, { id: application.id, decision: 'approve' });
    const studios = await service.call(
      STUDIOS_RPC.listStudios,
      { cycleId: inCycle.id },
      schoolCoordinator(schoolId),
    );
    const studio = studios.find((candidate) => candidate.applicationId === application.id);
    if (!studio) throw new Error('the approval opened no studio');
    return studio;
  };

  const submitFact = (studio: StudioView, fact: Omit<SubmitCreditFactCommand, 'studioId' | 'description'>) =>
    service.call(
      STUDIOS_RPC.submitFact,
      { studioId: studio.id, description: 'Экологический десант', ...fact },
      schoolCoordinator(studio.schoolId),
    );

  const verify = (fact: CreditFactView, verdict: 'accept' | 'reject') =>
    service.call(STUDIOS_RPC.verifyFact, {
      id: fact.id,
      verdict,
      ...(verdict === 'reject' && { reason: 'Нет подтверждающих материалов' }),
    });

  describe('cycles', () => {
    it('keep the criteria as data, the default number of leaders, and one cycle a school year', async () => {
      expect(cycle).toMatchObject({
        schoolYear: 2024,
        criteria: CRITERIA,
        leaderCount: 3,
        rankingPublishedAt: null,
      });
      expect(await service.call(STUDIOS_RPC.getCycle, { id: cycle.id })).toEqual(cycle);
      const duplicate = await service.failure(STUDIOS_RPC.openCycle, {
        schoolYear: 2024,
        applicationsOpenOn: '2024-08-25',
        applicationsCloseOn: '2024-09-30',
        criteria: CRITERIA,
      });
      expect(duplicate).toMatchObject({ code: StudiosErrorCode.DUPLICATE_CYCLE, status: 409 });
    });

    it('refuse a criteria set that contradicts itself, naming the field, and a window closing before it opens', async () => {
      const criteria = await service.failure(STUDIOS_RPC.setCriteria, {
        cycleId: cycle.id,
        criteria: { indicators: [{ ...CRITERIA.indicators[0], rule: { kind: 'bonus' } }] },
      });
      expect(criteria).toMatchObject({
        code: StudiosErrorCode.CRITERIA_INVALID,
        status: 400,
        errors: [expect.objectContaining({ field: 'criteria.indicators.0.rule.kind' })],
      });
      const window = await service.failure(STUDIOS_RPC.openCycle, {
        schoolYear: 2030,
        applicationsOpenOn: '2030-09-30',
        applicationsCloseOn: '2030-08-25',
        criteria: CRITERIA,
      });
      expect(window).toMatchObject({
        code: StudiosErrorCode.WINDOW_INVALID,
        status: 400,
        errors: [expect.objectContaining({ field: 'applicationsCloseOn' })],
      });
    });

    it('are the regional centre’s: a school account gets 403', async () => {
      const failure = await service.failure(
        STUDIOS_RPC.setCriteria,
        { cycleId: cycle.id, criteria: CRITERIA },
        schoolCoordinator(SCHOOL_A),
      );
      expect(failure).toMatchObject({ code: CommonErrorCode.FORBIDDEN, status: 403 });
    });
  });

  describe('applications', () => {
    it('are taken only inside the cycle’s window', async () => {
      // Seed 002: applications for 2023/24 opened on 25 August 2023.
      const past = await service.call(STUDIOS_RPC.openCycle, {
        schoolYear: 2023,
        applicationsOpenOn: '2023-08-25',
        applicationsCloseOn: '2023-09-30',
        criteria: CRITERIA,
      });
      const failure = await service.failure(
        STUDIOS_RPC.apply,
        {
          cycleId: past.id,
          direction: 'Инженерное',
          theme: 'Умная теплица',
          mentorPersonId: randomUUID(),
          teamStudentIds: [randomUUID()],
        },
        schoolCoordinator(SCHOOL_A),
      );
      expect(failure).toMatchObject({
        code: StudiosErrorCode.APPLICATIONS_CLOSED,
        status: 409,
        errors: [expect.objectContaining({ field: 'cycleId' })],
      });
    });

    it('returned with a comment are edited and resubmitted, then approved into a studio, each decision announced once', async () => {
      const partnerOrganisationId = randomUUID();
      const application = await apply(SCHOOL_A, { partnerOrganisationId });
      expect(application).toMatchObject({
        schoolId: SCHOOL_A,
        status: 'submitted',
        studioId: null,
        comment: null,
      });

      const silent = await service.failure(STUDIOS_RPC.decideApplication, {
        id: application.id,
        decision: 'return',
      });
      expect(silent).toMatchObject({
        code: StudiosErrorCode.REASON_REQUIRED,
        status: 400,
        errors: [expect.objectContaining({ field: 'comment' })],
      });
      const returned = await service.call(STUDIOS_RPC.decideApplication, {
        id: application.id,
        decision: 'return',
        comment: 'Уточните тему',
      });
      expect(returned).toMatchObject({ status: 'returned', comment: 'Уточните тему' });
      const twice = await service.failure(STUDIOS_RPC.decideApplication, {
        id: application.id,
        decision: 'approve',
      });
      expect(twice).toMatchObject({ code: StudiosErrorCode.APPLICATION_STATE_CONFLICT, status: 409 });

      const resubmitted = await service.call(
        STUDIOS_RPC.resubmitApplication,
        {
          id: application.id,
          direction: application.direction,
          theme: 'Экология малых рек Томской области',
          mentorPersonId: application.mentorPersonId,
          teamStudentIds: application.teamStudentIds,
          partnerOrganisationId,
        },
        schoolCoordinator(SCHOOL_A),
      );
      expect(resubmitted).toMatchObject({
        status: 'submitted',
        comment: null,
        theme: 'Экология малых рек Томской области',
      });

      const approved = await service.call(STUDIOS_RPC.decideApplication, {
        id: application.id,
        decision: 'approve',
      });
      expect(approved.status).toBe('approved');
      expect(approved.studioId).toEqual(expect.any(String));
      const studios = await service.call(
        STUDIOS_RPC.listStudios,
        { cycleId: cycle.id },
        schoolCoordinator(SCHOOL_A),
      );
      expect(studios).toContainEqual(
        expect.objectContaining({
          id: approved.studioId,
          applicationId: application.id,
          schoolId: SCHOOL_A,
          theme: 'Экология малых рек Томской области',
          partnerOrganisationId,
        }),
      );

      const events = await service.published(
        STUDIO_APPLICATION_DECIDED_V1.subject,
        { applicationId: application.id },
        2,
      );
      expect(events.map((event) => event.payload)).toEqual([
        { applicationId: application.id, cycleId: cycle.id, schoolId: SCHOOL_A, outcome: 'returned' },
        {
          applicationId: application.id,
          cycleId: cycle.id,
          schoolId: SCHOOL_A,
          outcome: 'approved',
          studioId: approved.studioId,
        },
      ]);
    });

    it('rejected with a reason open no studio and are not resubmitted', async () => {
      const application = await apply(SCHOOL_B);
      const rejected = await service.call(STUDIOS_RPC.decideApplication, {
        id: application.id,
        decision: 'reject',
        comment: 'Нет наставника с опытом проектной работы',
      });
      expect(rejected).toMatchObject({ status: 'rejected', studioId: null });
      const resubmit = await service.failure(
        STUDIOS_RPC.resubmitApplication,
        { ...application, id: application.id },
        schoolCoordinator(SCHOOL_B),
      );
      expect(resubmit).toMatchObject({ code: StudiosErrorCode.APPLICATION_STATE_CONFLICT, status: 409 });
      const [event] = await service.published(STUDIO_APPLICATION_DECIDED_V1.subject, {
        applicationId: application.id,
      });
      expect(event.payload).toEqual({
        applicationId: application.id,
        cycleId: cycle.id,
        schoolId: SCHOOL_B,
        outcome: 'rejected',
      });
    });

    it('of another school answer 404, and a school account cannot apply for another school', async () => {
      const application = await apply(SCHOOL_A);
      const read = await service.failure(
        STUDIOS_RPC.getApplication,
        { id: application.id },
        schoolCoordinator(SCHOOL_B),
      );
      expect(read).toMatchObject({ code: StudiosErrorCode.APPLICATION_NOT_FOUND, status: 404 });
      const listed = await service.call(
        STUDIOS_RPC.listApplications,
        { cycleId: cycle.id },
        schoolCoordinator(SCHOOL_B),
      );
      expect(listed.map((item) => item.schoolId)).not.toContain(SCHOOL_A);
      const elsewhere = await service.failure(
        STUDIOS_RPC.apply,
        {
          cycleId: cycle.id,
          schoolId: SCHOOL_A,
          direction: 'Инженерное',
          theme: 'Чужая студия',
          mentorPersonId: randomUUID(),
          teamStudentIds: [randomUUID()],
        },
        schoolCoordinator(SCHOOL_B),
      );
      expect(elsewhere).toMatchObject({ code: ProjectsErrorCode.SCHOOL_NOT_FOUND, status: 404 });
      expect(await service.call(STUDIOS_RPC.getApplication, { id: application.id })).toEqual(application);
    });

    it('are not an expert’s to read: their projects:read is for the works assigned to them', async () => {
      const expert = {
        userId: randomUUID(),
        role: 'expert' as const,
        schoolId: null,
        personId: randomUUID(),
      };
      const failure = await service.failure(STUDIOS_RPC.listApplications, { cycleId: cycle.id }, expert);
      expect(failure).toMatchObject({ code: CommonErrorCode.FORBIDDEN, status: 403 });
    });
  });

  describe('credit facts and standings', () => {
    let standingsCycle: StudioCycleView;
    let north: StudioView;
    let south: StudioView;
    let quiet: StudioView;

    beforeAll(async () => {
      standingsCycle = await service.call(STUDIOS_RPC.openCycle, {
        schoolYear: 2025,
        applicationsOpenOn: dayFromToday(-10),
        applicationsCloseOn: dayFromToday(30),
        criteria: CRITERIA,
      });
      north = await openStudio(SCHOOL_A, standingsCycle);
      south = await openStudio(SCHOOL_B, standingsCycle);
      quiet = await openStudio(SCHOOL_C, standingsCycle);
      // north: events 2 × 5 = 10, participants 30 × 0.5 = 15: 25 (a pending event and 100 rejected participants earn nothing)
      for (const fact of [
        { indicatorId: 'events' },
        { indicatorId: 'events' },
        { indicatorId: 'participants', count: 30 },
      ])
        await verify(await submitFact(north, fact), 'accept');
      await submitFact(north, { indicatorId: 'events' });
      await verify(await submitFact(north, { indicatorId: 'participants', count: 100 }), 'reject');
      // south: events 1 × 5 = 5, publications 3 → band ≥3 = 8: 13
      await verify(await submitFact(south, { indicatorId: 'events' }), 'accept');
      await verify(await submitFact(south, { indicatorId: 'publications', count: 3 }), 'accept');
    });

    it('are checked against the cycle’s criteria, naming the field', async () => {
      const unknown = await service.failure(
        STUDIOS_RPC.submitFact,
        { studioId: north.id, indicatorId: 'olympiads', description: 'Олимпиада' },
        schoolCoordinator(SCHOOL_A),
      );
      expect(unknown).toMatchObject({
        code: StudiosErrorCode.FACT_INVALID,
        status: 400,
        errors: [expect.objectContaining({ field: 'indicatorId' })],
      });
      const negative = await service.failure(
        STUDIOS_RPC.submitFact,
        { studioId: north.id, indicatorId: 'participants', count: -5, description: 'Минус участники' },
        schoolCoordinator(SCHOOL_A),
      );
      expect(negative).toMatchObject({
        code: StudiosErrorCode.FACT_INVALID,
        errors: [expect.objectContaining({ field: 'count' })],
      });
    });

    it('are verified once, a rejection with its reason, each verification announced once with ids only', async () => {
      const fact = await submitFact(north, { indicatorId: 'publications', evidenceObjectName: 'upload-1' });
      expect(fact).toMatchObject({ status: 'pending', schoolId: SCHOOL_A, evidenceObjectName: 'upload-1' });
      const silent = await service.failure(STUDIOS_RPC.verifyFact, { id: fact.id, verdict: 'reject' });
      expect(silent).toMatchObject({
        code: StudiosErrorCode.REASON_REQUIRED,
        errors: [expect.objectContaining({ field: 'reason' })],
      });
      const rejected = await verify(fact, 'reject');
      expect(rejected).toMatchObject({
        status: 'rejected',
        rejectionReason: 'Нет подтверждающих материалов',
      });
      const again = await service.failure(STUDIOS_RPC.verifyFact, { id: fact.id, verdict: 'accept' });
      expect(again).toMatchObject({ code: StudiosErrorCode.FACT_ALREADY_VERIFIED, status: 409 });
      const [event, ...more] = await service.published(CREDIT_FACT_VERIFIED_V1.subject, { factId: fact.id });
      expect(more).toEqual([]);
      expect(event.payload).toEqual({
        factId: fact.id,
        studioId: north.id,
        cycleId: standingsCycle.id,
        schoolId: SCHOOL_A,
        indicatorId: 'publications',
        outcome: 'rejected',
      });
    });

    it('of another school’s studio answer 404', async () => {
      const submit = await service.failure(
        STUDIOS_RPC.submitFact,
        { studioId: north.id, indicatorId: 'events', description: 'Чужой факт' },
        schoolCoordinator(SCHOOL_B),
      );
      expect(submit).toMatchObject({ code: StudiosErrorCode.STUDIO_NOT_FOUND, status: 404 });
      const list = await service.failure(
        STUDIOS_RPC.listFacts,
        { cycleId: standingsCycle.id, studioId: north.id },
        schoolCoordinator(SCHOOL_B),
      );
      expect(list).toMatchObject({ code: StudiosErrorCode.STUDIO_NOT_FOUND, status: 404 });
      const own = await service.call(
        STUDIOS_RPC.listFacts,
        { cycleId: standingsCycle.id },
        schoolCoordinator(SCHOOL_B),
      );
      expect(new Set(own.map((fact) => fact.studioId))).toEqual(new Set([south.id]));
      const explain = await service.failure(
        STUDIOS_RPC.explainStanding,
        { studioId: north.id },
        schoolCoordinator(SCHOOL_B),
      );
      expect(explain).toMatchObject({ code: StudiosErrorCode.STUDIO_NOT_FOUND, status: 404 });
    });

    it('count towards the standings only once accepted; a studio without points ranks but leads nothing', async () => {
      const ranking = await service.call(STUDIOS_RPC.getRanking, { cycleId: standingsCycle.id });
      expect(ranking).toMatchObject({ cycleId: standingsCycle.id, leaderCount: 3, publishedAt: null });
      expect(ranking.standings).toEqual([
        {
          studioId: north.id,
          schoolId: SCHOOL_A,
          rank: 1,
          total: 25,
          gapToNextPlace: 0,
          nextPlaceRank: null,
          leader: true,
        },
        {
          studioId: south.id,
          schoolId: SCHOOL_B,
          rank: 2,
          total: 13,
          gapToNextPlace: 12,
          nextPlaceRank: 1,
          leader: true,
        },
        {
          studioId: quiet.id,
          schoolId: SCHOOL_C,
          rank: 3,
          total: 0,
          gapToNextPlace: 13,
          nextPlaceRank: 2,
          leader: false,
        },
      ]);
    });

    it('are explained to the studio’s school by the indicators that earned its points', async () => {
      const explanation = await service.call(
        STUDIOS_RPC.explainStanding,
        { studioId: south.id },
        schoolCoordinator(SCHOOL_B),
      );
      expect(explanation).toMatchObject({
        studioId: south.id,
        cycleId: standingsCycle.id,
        rank: 2,
        total: 13,
        studioCount: 3,
        gapToNextPlace: 12,
        nextPlaceRank: 1,
      });
      expect(
        explanation.earnedBy.map(({ indicatorId, name, points }) => ({ indicatorId, name, points })),
      ).toEqual([
        { indicatorId: 'publications', name: 'Публикации о студии', points: 8 },
        { indicatorId: 'events', name: 'Мероприятия студии', points: 5 },
      ]);
      // 12 points: 3 more events (15), or 24 more participants (12, within the cap).
      expect(
        explanation.waysToCloseGap.map(({ indicatorId, unitsNeeded }) => ({ indicatorId, unitsNeeded })),
      ).toEqual([
        { indicatorId: 'events', unitsNeeded: 3 },
        { indicatorId: 'participants', unitsNeeded: 24 },
      ]);
    });

    it('are previewed under an edited criteria set without changing the cycle, then published once and frozen', async () => {
      const edited: StudioCriteria = {
        indicators: CRITERIA.indicators.map((indicator) =>
          indicator.id === 'publications'
            ? {
                ...indicator,
                rule: {
                  kind: 'scale',
                  bands: [
                    { threshold: 1, points: 3 },
                    { threshold: 3, points: 30 },
                  ],
                },
              }
            : indicator,
        ),
      };
      const preview = await service.call(STUDIOS_RPC.previewRanking, {
        cycleId: standingsCycle.id,
        criteria: edited,
      });
      expect(preview.current.standings.map(({ studioId, total }) => ({ studioId, total }))).toEqual([
        { studioId: north.id, total: 25 },
        { studioId: south.id, total: 13 },
        { studioId: quiet.id, total: 0 },
      ]);
      expect(preview.edited.standings.map(({ studioId, total }) => ({ studioId, total }))).toEqual([
        { studioId: south.id, total: 35 },
        { studioId: north.id, total: 25 },
        { studioId: quiet.id, total: 0 },
      ]);
      expect(preview.changes[0]).toEqual({
        studioId: south.id,
        currentRank: 2,
        editedRank: 1,
        placeChange: 1,
        currentTotal: 13,
        editedTotal: 35,
        totalChange: 22,
      });
      expect((await service.call(STUDIOS_RPC.getCycle, { id: standingsCycle.id })).criteria).toEqual(
        CRITERIA,
      );
      const invalid = await service.failure(STUDIOS_RPC.previewRanking, {
        cycleId: standingsCycle.id,
        criteria: { indicators: [] },
      });
      expect(invalid).toMatchObject({
        code: StudiosErrorCode.CRITERIA_INVALID,
        errors: [expect.objectContaining({ field: 'criteria.indicators' })],
      });

      const published = await service.call(STUDIOS_RPC.publishRanking, { cycleId: standingsCycle.id });
      expect(published.publishedAt).toEqual(expect.any(String));
      expect(published.standings.map(({ studioId, leader }) => ({ studioId, leader }))).toEqual([
        { studioId: north.id, leader: true },
        { studioId: south.id, leader: true },
        { studioId: quiet.id, leader: false },
      ]);
      const [event, ...more] = await service.published(STUDIO_RANKING_PUBLISHED_V1.subject, {
        cycleId: standingsCycle.id,
      });
      expect(more).toEqual([]);
      expect(event.payload).toEqual({
        cycleId: standingsCycle.id,
        schoolYear: 2025,
        leaderStudioIds: [north.id, south.id],
        leaderSchoolIds: [SCHOOL_A, SCHOOL_B],
        studioCount: 3,
      });

      const frozen = [
        await service.failure(STUDIOS_RPC.setCriteria, { cycleId: standingsCycle.id, criteria: edited }),
        await service.failure(STUDIOS_RPC.publishRanking, { cycleId: standingsCycle.id }),
        await service.failure(
          STUDIOS_RPC.submitFact,
          { studioId: north.id, indicatorId: 'events', description: 'Поздний факт' },
          schoolCoordinator(SCHOOL_A),
        ),
      ];
      for (const failure of frozen)
        expect(failure).toMatchObject({ code: StudiosErrorCode.RANKING_PUBLISHED, status: 409 });
      expect(await service.call(STUDIOS_RPC.getRanking, { cycleId: standingsCycle.id })).toEqual(published);
    });
  });
});
