import type {
  CampaignView,
  EnrolledFromCampaignView,
  EnrollmentOrderView,
  Page,
  ProgrammeClassView,
  SchoolView,
  StudentView,
} from '@orbita/contracts';
import { ENROLLMENT_SERVICE, EnrollmentConfig } from '@orbita/enrollment/service';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import { eventually } from './support/eventually';
import { TestPlatform } from './support/platform';

/**
 * Selection (отбор) through the gateway, issue 11: the campaigns' routes were never mounted. A school
 * coordinator opens an OGE campaign for a programme class's grade with a threshold and a quota, enters
 * candidates, ranks them and enrolls from the list; the basis, score, threshold and rank stay on the record.
 */
describe('selection campaigns through the gateway', () => {
  let platform: TestPlatform;
  let coordinator: string;
  let schoolId: string;

  beforeAll(async () => {
    platform = await TestPlatform.start([
      { definition: REGISTRY_SERVICE, config: RegistryConfig, seed: seedRegistryDemoData },
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
