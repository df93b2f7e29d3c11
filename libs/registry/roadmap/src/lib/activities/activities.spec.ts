import { randomUUID } from 'node:crypto';
import { type Page } from '@orbita/contracts';
import {
  ROADMAP_RPC,
  RoadmapErrorCode,
  type RoadmapActivityView,
  type RoadmapSummaryView,
  type RoadmapView,
} from '@orbita/registry/rpc';
import { RoadmapFixture, regionalCoordinator, schoolCoordinator } from '../../test/roadmap.fixture';
import { samplePdf } from '@orbita/document-files/testing';

describe('roadmap activities', () => {
  let fixture: RoadmapFixture;
  let roadmapId: string;

  const list = async (query: object, actor = regionalCoordinator()) =>
    fixture.call(ROADMAP_RPC.listActivities, { pageSize: 200, ...query }, actor);
  const numbers = async (query: object, actor = regionalCoordinator()) =>
    (await list(query, actor)).items.map((activity) => activity.number);

  beforeAll(async () => {
    fixture = await RoadmapFixture.start();
    fixture.setToday('2024-11-28');
    const roadmaps = await fixture.call(ROADMAP_RPC.listRoadmaps, {
      programmeCode: 'sirius_partner_schools',
      schoolYear: 2024,
    });
    roadmapId = roadmaps.items[0].id;
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('lists the roadmaps of a programme and year, and gives one with its stages and activities in order', async () => {
    const roadmaps = await fixture.call(ROADMAP_RPC.listRoadmaps, {
      programmeCode: 'sirius_partner_schools',
    });
    expect(roadmaps).toMatchObject({
      total: 1,
      items: [{ schoolYear: 2024, approved: true, stageCount: 5, activityCount: 29 }],
    });

    const roadmap = await fixture.call(ROADMAP_RPC.getRoadmap, { id: roadmapId });
    expect(roadmap.stages.map((stage) => [stage.number, stage.activities.length])).toEqual([
      [1, 3],
      [2, 6],
      [3, 6],
      [4, 8],
      [5, 6],
    ]);
    expect(roadmap.stages[0].title).toBe('Вхождение в Проект');
    expect(roadmap.stages.flatMap((stage) => stage.activities.map((activity) => activity.number))).toEqual(
      Array.from({ length: 29 }, (_, index) => String(index + 1)),
    );
    await expect(fixture.failure(ROADMAP_RPC.getRoadmap, { id: randomUUID() })).resolves.toMatchObject({
      status: 404,
      code: RoadmapErrorCode.ROADMAP_NOT_FOUND,
    });
  });

  it('derives the state of each activity from its window and today', async () => {
    const page = await list({ roadmapId });
    const byNumber = new Map(page.items.map((activity) => [activity.number, activity]));
    expect(byNumber.get('22')).toMatchObject({
      window: { kind: 'dates', from: '2024-12-02', to: '2024-12-05', text: '02-05 декабря 2024 года' },
      windowEnd: '2024-12-05',
      nextDeadline: '2024-12-05',
      daysLeft: 7,
      status: 'planned',
      state: 'planned',
      overdue: false,
    });
    expect(byNumber.get('7')).toMatchObject({
      windowEnd: '2024-10-31',
      state: 'overdue',
      overdue: true,
      nextDeadline: null,
    });
    expect(byNumber.get('24')).toMatchObject({
      window: { kind: 'monthly', from: null, to: null, text: 'Ежемесячно' },
      nextDeadline: '2024-11-30',
      daysLeft: 2,
    });
    expect(byNumber.get('19')?.milestones).toHaveLength(2);
  });

  it('filters by derived status, deadline, stage, participants and responsible person', async () => {
    expect(await numbers({ roadmapId, status: 'overdue' })).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '11',
      '12',
    ]);
    expect(await numbers({ roadmapId, dueWithinDays: 7 })).toEqual(['22', '24', '25']);
    expect(await numbers({ roadmapId, dueWithinDays: 0 })).toEqual([]);
    expect(await numbers({ roadmapId, stage: 1 })).toEqual(['1', '2', '3']);
    expect(await numbers({ roadmapId, stage: 5, participantKind: 'department' })).toEqual(['29']);
    expect(await numbers({ roadmapId, status: 'planned', stage: 2 })).toEqual(['9']);
    expect(await numbers({ roadmapId, q: 'олимпиад' })).toEqual(['23']);

    const methodist: { id: string }[] = await fixture.dataSource.query(
      `SELECT id FROM people WHERE email = 'dorofeev.pulsar@demo.orbita.local'`,
    );
    expect(await numbers({ roadmapId, responsiblePersonId: methodist[0].id })).toEqual([
      '10',
      '11',
      '13',
      '14',
      '15',
      '17',
      '24',
      '25',
      '26',
      '27',
      '28',
    ]);
  });

  it('sorts and pages by the list convention', async () => {
    const page = await list({ roadmapId, sort: '-windowEnd,number', pageSize: 3, page: 2 });
    expect(page).toMatchObject({ total: 29, page: 2, pageSize: 3 });
    expect(page.items.map((activity) => activity.windowEnd)).toEqual([
      '2025-08-31',
      '2025-08-31',
      '2025-08-31',
    ]);
    await expect(fixture.failure(ROADMAP_RPC.listActivities, { sort: 'title' })).resolves.toMatchObject({
      status: 400,
      code: 'VALIDATION.FAILED',
    });
  });

  it("finds activities with missing documents: a school's own where schools take part, else the activity's", async () => {
    const activity = await fixture.activity('28');
    const missingBefore = await numbers({ roadmapId, missingDeliverables: true });
    expect(missingBefore).toHaveLength(27);
    expect(missingBefore).not.toContain('16');

    await fixture.call(ROADMAP_RPC.attachEvidence, {
      activityId: activity.id,
      deliverableId: activity.deliverables[0].id,
      objectName: await fixture.upload(samplePdf()),
      fileName: 'Рекомендации.pdf',
    });
    expect(await numbers({ roadmapId, missingDeliverables: true })).not.toContain('28');
    expect(await numbers({ roadmapId, missingDeliverables: false })).toEqual(['16', '17', '28']);

    // A school still lacks its own evidence for 28; on activities without schools it sees the activity's documents.
    const school = schoolCoordinator(await fixture.schoolId('МАОУ СОШ № 16 г. Томска'));
    const forSchool = await numbers({ roadmapId, missingDeliverables: true }, school);
    expect(forSchool).toContain('28');
    expect(forSchool).toContain('1');
    expect(await numbers({ roadmapId, missingDeliverables: false }, school)).toEqual(['16', '17']);
  });

  it('counts for a school what is really attached: its own where schools take part, else the activity’s', async () => {
    // Issue 11: a school read «Документы: 4 из 4» on an activity without schools where nothing was attached.
    const school = schoolCoordinator(await fixture.schoolId('МАОУ СОШ № 16 г. Томска'));
    const [withoutSchools] = (await list({ roadmapId }, school)).items.filter(
      (activity) => !activity.participants.kinds.includes('schools') && activity.deliverableCount > 1,
    );
    const detail = await fixture.activity(withoutSchools.number);
    expect(withoutSchools.missingDeliverableCount).toBe(withoutSchools.deliverableCount);

    await fixture.call(ROADMAP_RPC.attachEvidence, {
      activityId: detail.id,
      deliverableId: detail.deliverables[0].id,
      objectName: await fixture.upload(samplePdf()),
      fileName: 'Документ региона.pdf',
    });
    const [after] = (await list({ roadmapId }, school)).items.filter((activity) => activity.id === detail.id);
    expect(after.missingDeliverableCount).toBe(withoutSchools.deliverableCount - 1);
  });

  it('updates status and responsibles with the version read, and announces a status change', async () => {
    const activity = await fixture.activity('9');
    const coordinator = regionalCoordinator();
    const [person] = await fixture.dataSource.query(
      `SELECT id FROM people WHERE email = 'dorofeev.pulsar@demo.orbita.local'`,
    );

    const updated = await fixture.call(
      ROADMAP_RPC.updateActivity,
      {
        id: activity.id,
        expectedVersion: activity.version,
        status: 'in_progress',
        responsiblePersonIds: [person.id],
        responsibleRoles: ['teacher'],
      },
      coordinator,
    );
    expect(updated).toMatchObject({
      status: 'in_progress',
      version: activity.version + 1,
      responsiblePersonIds: [person.id],
      responsibleRoles: ['teacher'],
    });
    const [event] = await fixture.published('registry.roadmap-activity.status-changed.v1', {
      activityId: activity.id,
    });
    expect(event.payload).toEqual({
      activityId: activity.id,
      roadmapId,
      from: 'planned',
      to: 'in_progress',
      cause: 'manual',
      changedBy: coordinator.userId,
    });

    await expect(
      fixture.failure(ROADMAP_RPC.updateActivity, {
        id: activity.id,
        expectedVersion: activity.version,
        status: 'done',
      }),
    ).resolves.toMatchObject({ status: 409, code: RoadmapErrorCode.STALE_VERSION });
    await expect(
      fixture.failure(ROADMAP_RPC.updateActivity, {
        id: activity.id,
        expectedVersion: updated.version,
        responsiblePersonIds: [activity.id],
      }),
    ).resolves.toMatchObject({ status: 404, code: 'REGISTRY.PERSON_NOT_FOUND' });
    await expect(
      fixture.failure(
        ROADMAP_RPC.updateActivity,
        { id: activity.id, expectedVersion: updated.version, status: 'done' },
        schoolCoordinator(person.id),
      ),
    ).resolves.toMatchObject({ status: 403 });
  });
});
