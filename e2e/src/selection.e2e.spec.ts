import type { IssuedParticipantCodesView, WorkView } from '@orbita/assessments/rpc';
import type { Page } from '@orbita/contracts';
import type { SchoolView } from '@orbita/registry/rpc';
import type {
  CampaignView,
  EnrolledFromCampaignView,
  EnrollmentOrderView,
  ProgrammeClassView,
  StudentView,
} from '@orbita/enrollment/rpc';
import { ASSESSMENTS_SERVICE, AssessmentsConfig } from '@orbita/assessments/service';
import { ENROLLMENT_SERVICE, EnrollmentConfig } from '@orbita/enrollment/service';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import { eventually } from './support/eventually';
import { multipart } from './support/multipart';
import { TestPlatform } from './support/platform';

/**
 * Selection (отбор) through the gateway, issue 11: the campaigns' routes were never mounted. A school
 * coordinator opens a campaign for a programme class's grade with a threshold and a quota — by OGE results
 * entered, or by a selection work (ОДР) whose protocol the school submitted — ranks the candidates and
 * enrolls from the list; the basis, score, threshold and rank stay on the record.
 */
describe('selection campaigns through the gateway', () => {
  let platform: TestPlatform;
  let coordinator: string;
  let schoolId: string;

  beforeAll(async () => {
    platform = await TestPlatform.start([
      { definition: REGISTRY_SERVICE, config: RegistryConfig, seed: seedRegistryDemoData },
      { definition: ASSESSMENTS_SERVICE, config: AssessmentsConfig },
      { definition: ENROLLMENT_SERVICE, config: EnrollmentConfig },
    ]);
    const regional = await platform.gateway.tokenFor('regional_coordinator');
    const schools = await platform.request('GET', '/schools?pageSize=1&sort=shortName', regional);
    schoolId = schools.json<Page<SchoolView>>().items[0].id;
    coordinator = await platform.gateway.tokenFor('school_coordinator', schoolId);
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
  });

  const post = async <T>(url: string, body: object, status = 201): Promise<T> => {
    const response = await platform.request('POST', url, coordinator, body);
    expect([response.statusCode, response.body]).toEqual([status, expect.anything()]);
    return response.json<T>();
  };
  /** Enrollment learns the school from the registry's events: until it has, a class is refused. */
  const formClass = (schoolYear: number, grade: number, label: string) =>
    eventually(
      'the class formed',
      async () => {
        const response = await platform.request('POST', '/classes', coordinator, {
          programmeCode: 'sirius_partner_schools',
          schoolYear,
          grade,
          label,
          profileSubjects: ['math'],
          delivery: 'lessons',
          teachers: [],
        });
        return response.statusCode === 201 ? response.json<ProgrammeClassView>() : undefined;
      },
      30_000,
    );
  const register = (surname: string) =>
    post<StudentView>('/students', { surname, name: 'Кандидат', birthDate: '2009-05-20' });

  it('opens a campaign, ranks OGE candidates against threshold and quota, and enrolls from the list', async () => {
    const programmeClass = await formClass(2024, 10, '10 Отбор');
    const order = await post<EnrollmentOrderView>('/enrollment-orders', {
      number: '12-о',
      date: '2024-08-28',
    });
    const [first, second, third, fourth, fifth] = [
      await register('Первова'),
      await register('Вторая'),
      await register('Третьякова'),
      await register('Четверикова'),
      await register('Пятина'),
    ];

    const campaign = await post<CampaignView>('/selection-campaigns', {
      grade: 10,
      schoolYear: 2024,
      basis: 'oge',
      threshold: 20,
      quota: 2,
    });
    expect(campaign).toMatchObject({ schoolId, basis: 'oge', threshold: 20, quota: 2, rankedAt: null });
    await post(`/selection-campaigns/${campaign.id}/candidates`, {
      candidates: [
        { studentId: first.id, score: 30 },
        // Equal OGE scores: extra testing decides.
        { studentId: second.id, score: 25, extraScore: 3 },
        { studentId: third.id, score: 25, extraScore: 1 },
        { studentId: fourth.id, score: 15 },
        { studentId: fifth.id, score: 22 },
      ],
    });

    const ranked = await post<CampaignView>(`/selection-campaigns/${campaign.id}/ranking`, {});
    expect(
      ranked.candidates.map(({ studentId, rank, eligible, recommended }) => [
        studentId,
        rank,
        eligible,
        recommended,
      ]),
    ).toEqual([
      [first.id, 1, true, true],
      [second.id, 2, true, true],
      // At or above the threshold but over the quota…
      [third.id, 3, true, false],
      [fifth.id, 4, true, false],
      // …and below the threshold.
      [fourth.id, 5, false, false],
    ]);

    const overQuota = await platform.request(
      'POST',
      `/selection-campaigns/${campaign.id}/enrollments`,
      coordinator,
      {
        classId: programmeClass.id,
        orderId: order.id,
        enrolledOn: '2024-09-01',
        studentIds: [third.id],
      },
    );
    expect(overQuota.statusCode).toBe(409);
    expect(overQuota.json()).toMatchObject({ code: 'ENROLLMENT.NOT_RECOMMENDED' });

    const enrolled = await post<EnrolledFromCampaignView>(`/selection-campaigns/${campaign.id}/enrollments`, {
      classId: programmeClass.id,
      orderId: order.id,
      enrolledOn: '2024-09-01',
    });
    expect(new Set(enrolled.enrolled)).toEqual(new Set([first.id, second.id]));
    const record = await platform.request('GET', `/students/${second.id}`, coordinator);
    expect(record.json<StudentView>().memberships).toEqual([
      expect.objectContaining({
        classId: programmeClass.id,
        orderId: order.id,
        basis: { kind: 'oge', score: 25, threshold: 20, rank: 2 },
      }),
    ]);
    const listed = await platform.request('GET', '/selection-campaigns', coordinator);
    expect(listed.json<Page<CampaignView>>().items.map((item) => item.id)).toContain(campaign.id);

    // Another school's coordinator does not see the campaign.
    const regional = await platform.gateway.tokenFor('regional_coordinator');
    const schools = await platform.request('GET', '/schools?pageSize=2&sort=shortName', regional);
    const other = await platform.gateway.tokenFor(
      'school_coordinator',
      schools.json<Page<SchoolView>>().items[1].id,
    );
    expect((await platform.request('GET', `/selection-campaigns/${campaign.id}`, other)).statusCode).toBe(
      404,
    );
  });

  it('ranks a selection work’s (ОДР) participants from their protocol, and enrolls the linked recommended one', async () => {
    const regional = await platform.gateway.tokenFor('regional_coordinator');
    const created = await platform.request('POST', '/works', regional, {
      kind: 'selection',
      title: 'Отборочная диагностическая работа по математике, 7 класс',
      subject: 'math',
      grades: [7],
      schoolYear: 2026,
      windowFrom: '2026-05-12',
      windowTo: '2026-05-15',
      tasks: [
        { number: 1, label: '1', maxScore: 10 },
        { number: 2, label: '2', maxScore: 10 },
      ],
      levels: [
        { code: 'low', label: 'Низкий', minTotal: 0 },
        { code: 'high', label: 'Высокий', minTotal: 12 },
      ],
      schoolIds: [schoolId],
      openCodes: false,
    });
    expect(created.statusCode).toBe(201);
    const work = created.json<WorkView>();
    const { codes } = await post<IssuedParticipantCodesView>(`/works/${work.workId}/participant-codes`, {
      count: 3,
    });
    // Totals 17, 12 and 9 against a threshold of 10 and one place.
    const csv = [
      'Код участника;Класс;З1;З2',
      `${codes[0]};6 А;9;8`,
      `${codes[1]};6 А;6;6`,
      `${codes[2]};6 Б;4;5`,
    ].join('\r\n');
    const form = multipart(
      { workId: work.workId, submit: 'true' },
      { name: 'ОДР.csv', content: Buffer.from(csv) },
    );
    const uploaded = await platform.request('POST', '/protocols', coordinator, form.payload, form.headers);
    expect([uploaded.statusCode, uploaded.body]).toEqual([201, expect.anything()]);

    const programmeClass = await formClass(2026, 7, '7 ОДР');
    const order = await post<EnrollmentOrderView>('/enrollment-orders', {
      number: '14-о',
      date: '2026-08-28',
    });
    const [best, second] = [await register('Лучшева'), await register('Вторникова')];
    // Enrollment hears of the work and its codes from assessments' events.
    for (const [student, code] of [
      [best, codes[0]],
      [second, codes[1]],
    ] as const)
      await eventually(
        'the participant code linked',
        async () =>
          (
            await platform.request('POST', `/students/${student.id}/participant-codes`, coordinator, {
              workId: work.workId,
              participantCode: code,
            })
          ).statusCode === 201,
        30_000,
      );

    const campaign = await post<CampaignView>('/selection-campaigns', {
      grade: 7,
      schoolYear: 2026,
      basis: 'work',
      workId: work.workId,
      threshold: 10,
      quota: 1,
    });
    const ranked = await eventually(
      'the protocol’s scores ranked',
      async () => {
        const view = await post<CampaignView>(`/selection-campaigns/${campaign.id}/ranking`, {});
        return view.candidates.length === 3 ? view : undefined;
      },
      30_000,
    );
    expect(
      ranked.candidates.map(({ participantCode, studentId, score, rank, eligible, recommended }) => [
        participantCode,
        studentId,
        score,
        rank,
        eligible,
        recommended,
      ]),
    ).toEqual([
      [codes[0], best.id, 17, 1, true, true],
      [codes[1], second.id, 12, 2, true, false],
      // No student linked to this code: ranked all the same, enrolled never.
      [codes[2], null, 9, 3, false, false],
    ]);
    const enrolled = await post<EnrolledFromCampaignView>(`/selection-campaigns/${campaign.id}/enrollments`, {
      classId: programmeClass.id,
      orderId: order.id,
      enrolledOn: '2026-09-01',
    });
    expect(enrolled.enrolled).toEqual([best.id]);
    const record = await platform.request('GET', `/students/${best.id}`, coordinator);
    expect(record.json<StudentView>().memberships[0]?.basis).toEqual({
      kind: 'work',
      score: 17,
      threshold: 10,
      rank: 1,
    });
  });

  it('refuses an enrollment basis with a negative score or one below its threshold: 422 naming the field', async () => {
    const programmeClass = await formClass(2025, 7, '7 Основание');
    const order = await post<EnrollmentOrderView>('/enrollment-orders', {
      number: '13-о',
      date: '2025-08-28',
    });
    const student = await register('Основательная');
    for (const [basis, field] of [
      [{ kind: 'oge', score: -5 }, 'basis.score'],
      [{ kind: 'work', score: 10, threshold: 13 }, 'basis.score'],
    ] as const) {
      const response = await platform.request('POST', `/students/${student.id}/enrollments`, coordinator, {
        classId: programmeClass.id,
        orderId: order.id,
        enrolledOn: '2025-09-01',
        basis,
      });
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.json()).toMatchObject({
        code: 'ENROLLMENT.BASIS_INVALID',
        errors: [expect.objectContaining({ field })],
      });
    }
  });
});
