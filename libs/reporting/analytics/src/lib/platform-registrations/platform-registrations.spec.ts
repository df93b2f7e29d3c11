import {
  CLASS_FORMED_V1,
  REGISTRATIONS_COUNTED_V1,
  SCHOOL_REGISTERED_V1,
  SCHOOL_UPDATED_V1,
  type RegistrationsCountedV1,
} from '@orbita/contracts';
import { REPORTING_RPC, type ProgrammeTableView } from '@orbita/reporting/rpc';
import { randomUUID } from 'node:crypto';
import { ReportingFixture, waitFor } from '../../test/reporting.fixture';
import { REPORTING_SERVICE_NAME } from '../projection/analytics-consumer';
import { REGISTRATIONS_CONSUMER } from './platform-registrations.projection';

const PROGRAMME = 'sirius_partner_schools';
const TOMSK = '6f1c2b1e-93c4-4f55-a1f0-0d1b7e0a0001';

/** Seed 000's figure: 177 students and 37 teachers registered, 214 (all but 30 of them at the lyceum). */
const counted = (countedAt: string, registered: number, lyceum: number): RegistrationsCountedV1 => ({
  runId: randomUUID(),
  countedAt,
  registered,
  schools: [
    {
      schoolExternalId: 'org-lyceum',
      schoolIdentifier: 'lyceum',
      students: lyceum - 7,
      teachers: 7,
      classes: [],
    },
    { schoolExternalId: 'org-academic', schoolIdentifier: '', students: 27, teachers: 3, classes: [] },
  ],
});

describe('«зарегистрировано на платформе» in the programme table (real PostgreSQL and JetStream)', () => {
  let fixture: ReportingFixture;
  const lyceum = randomUUID();
  const academic = randomUUID();
  const unknown = randomUUID();
  const table = (ready: (view: ProgrammeTableView) => boolean, programmeCode = PROGRAMME) =>
    fixture.until(REPORTING_RPC.getProgrammeTable, { programmeCode, schoolYear: 2026 }, ready);
  const figures = (view: ProgrammeTableView) =>
    Object.fromEntries(view.schools.map((school) => [school.schoolId, school.registeredOnPlatform]));

  beforeAll(async () => {
    fixture = await ReportingFixture.start();
    for (const [schoolId, siriusId] of [
      [lyceum, 'org-lyceum'],
      [academic, undefined],
      [unknown, undefined],
    ] as const) {
      await fixture.publish(
        SCHOOL_REGISTERED_V1,
        {
          schoolId,
          municipalityId: TOMSK,
          fullName: `School ${schoolId}`,
          shortName: 'School',
          siriusId,
          active: true,
        },
        { aggregateId: schoolId },
      );
      for (const programmeCode of [PROGRAMME, 'lessons_of_the_present'])
        await fixture.publish(CLASS_FORMED_V1, {
          classId: randomUUID(),
          schoolId,
          programmeCode,
          schoolYear: 2026,
          grade: 10,
          label: '10 А',
          profileSubjects: ['math'],
          delivery: 'lessons',
          teachers: [],
          revision: 1,
        });
    }
    // The academic lyceum's platform id arrives with an update of the school.
    await fixture.publish(
      SCHOOL_UPDATED_V1,
      {
        schoolId: academic,
        municipalityId: TOMSK,
        fullName: `School ${academic}`,
        shortName: 'School',
        siriusId: 'org-academic',
        active: true,
        version: 2,
        changedFields: ['siriusId'],
      },
      { aggregateId: academic },
    );
  });
  afterAll(() => fixture?.close());

  it('is unknown until counted', async () => {
    const view = await table((answer) => answer.schools.length === 3);
    expect(view.totals).toMatchObject({ registeredOnPlatform: null, registeredOnPlatformAt: null });
    expect(new Set(Object.values(figures(view)))).toEqual(new Set([null]));
  });

  it('shows the latest count, 214, for the region and per school by its platform id', async () => {
    await fixture.publish(REGISTRATIONS_COUNTED_V1, counted('2026-12-07T04:00:00.000Z', 214, 184));
    const view = await table((answer) => answer.totals.registeredOnPlatform !== null);
    expect(view.totals).toMatchObject({
      registeredOnPlatform: 214,
      registeredOnPlatformAt: '2026-12-07T04:00:00.000Z',
    });
    // A school the platform does not list has nobody registered; one without a platform id, no figure.
    expect(figures(view)).toEqual({ [lyceum]: 184, [academic]: 30, [unknown]: null });

    const other = await table((answer) => answer.schools.length === 3, 'lessons_of_the_present');
    expect(other.totals.registeredOnPlatform).toBeNull();
    expect(new Set(Object.values(figures(other)))).toEqual(new Set([null]));
  });

  it('keeps a newer count when an older one arrives late, and takes the next newer one', async () => {
    await fixture.publish(REGISTRATIONS_COUNTED_V1, counted('2026-12-07T03:00:00.000Z', 150, 120));
    const consumer = fixture.names.durable(REPORTING_SERVICE_NAME, REGISTRATIONS_CONSUMER.durable);
    await waitFor(async () => {
      const [{ applied }] = await fixture.query<{ applied: number }>(
        'SELECT count(*)::integer AS applied FROM inbox WHERE consumer = $1',
        [consumer],
      );
      return applied === 2;
    });
    const kept = await fixture.call(REPORTING_RPC.getProgrammeTable, {
      programmeCode: PROGRAMME,
      schoolYear: 2026,
    });
    expect(kept.totals.registeredOnPlatform).toBe(214);
    expect(figures(kept)[lyceum]).toBe(184);

    await fixture.publish(REGISTRATIONS_COUNTED_V1, counted('2026-12-07T05:00:00.000Z', 215, 185));
    const next = await table((answer) => answer.totals.registeredOnPlatform === 215);
    expect(next.totals.registeredOnPlatformAt).toBe('2026-12-07T05:00:00.000Z');
    expect(figures(next)[lyceum]).toBe(185);
  });
});
