import { PROGRAMME_PARTICIPATION_CHANGED_V1, type Page } from '@orbita/contracts';
import {
  REGISTRY_RPC,
  type ParticipationView,
  type PersonView,
  type ProgrammeView,
  type SchoolView,
} from '@orbita/registry/rpc';
import { randomUUID } from 'node:crypto';
import { RegistryOrganisationsFixture, schoolCoordinator } from '../../test/registry-organisations.fixture';

describe('registry: programmes and participation', () => {
  let registry: RegistryOrganisationsFixture;
  let programme: ProgrammeView;
  let school: SchoolView;
  let otherSchool: SchoolView;
  let coordinatorPerson: PersonView;

  beforeAll(async () => {
    registry = await RegistryOrganisationsFixture.start();
    programme = await registry.call(REGISTRY_RPC.createProgramme, {
      code: 'sirius_partner_schools',
      title: 'Школы – ассоциированные партнёры «Сириуса»',
      shortName: 'Партнёры «Сириуса»',
    });
    school = await registry.school();
    otherSchool = await registry.school();
    coordinatorPerson = await registry.call(REGISTRY_RPC.createPerson, {
      organisationId: school.id,
      surname: 'Лаврентьева',
      name: 'Марина',
      email: `coordinator-${randomUUID()}@school.example.ru`,
      roles: ['school_coordinator'],
    });
  });

  afterAll(async () => {
    await registry?.close();
  });

  const participation = (overrides: Record<string, unknown> = {}) => ({
    programmeId: programme.id,
    schoolId: school.id,
    schoolYear: 2024,
    role: 'partner_school',
    ...overrides,
  });

  it('creates, lists and updates programmes; a code is unique', async () => {
    expect(programme).toMatchObject({ code: 'sirius_partner_schools', version: 1, description: null });
    const duplicate = await registry.failure(REGISTRY_RPC.createProgramme, {
      code: 'sirius_partner_schools',
      title: 'Ещё раз',
    });
    expect(duplicate).toMatchObject({
      status: 409,
      code: 'REGISTRY.DUPLICATE_CODE',
      errors: [expect.objectContaining({ field: 'code' })],
    });
    const badCode = await registry.failure(REGISTRY_RPC.createProgramme, {
      code: 'Парк ЕНОТо',
      title: 'Парк ЕНОТо',
    });
    expect(badCode.errors?.map((e) => e.field)).toEqual(['code']);

    const enoto = await registry.call(REGISTRY_RPC.createProgramme, {
      code: 'park_enoto',
      title: 'Парк ЕНОТо',
    });
    const updated = await registry.call(REGISTRY_RPC.updateProgramme, {
      id: enoto.id,
      expectedVersion: 1,
      description: 'Естественнонаучное образование',
    });
    expect(updated).toMatchObject({ description: 'Естественнонаучное образование', version: 2 });
    const page = await registry.call(REGISTRY_RPC.listProgrammes, { sort: 'code' });
    expect(page.items.map((p) => p.code)).toEqual(['park_enoto', 'sirius_partner_schools']);
    const fromSchool = await registry.failure(
      REGISTRY_RPC.createProgramme,
      { code: 'lessons_of_the_present', title: 'Уроки настоящего' },
      schoolCoordinator(school.id),
    );
    // No school role holds programmes:write: the host refuses before the region-level check.
    expect(fromSchool).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
  });

  it('adds a school to a programme for a year once, and announces joins and leaves', async () => {
    const added = await registry.call(
      REGISTRY_RPC.addParticipation,
      participation({ coordinatorPersonId: coordinatorPerson.id }),
    );
    expect(added).toMatchObject({
      programmeCode: 'sirius_partner_schools',
      schoolId: school.id,
      schoolShortName: school.shortName,
      schoolYear: 2024,
      role: 'partner_school',
      coordinatorPersonId: coordinatorPerson.id,
    });
    const [joined] = await registry.published(PROGRAMME_PARTICIPATION_CHANGED_V1.subject, {
      participationId: added.id,
    });
    expect(joined.payload).toEqual({
      participationId: added.id,
      change: 'added',
      programmeId: programme.id,
      programmeCode: 'sirius_partner_schools',
      schoolId: school.id,
      schoolYear: 2024,
      role: 'partner_school',
      coordinatorPersonId: coordinatorPerson.id,
    });

    const again = await registry.failure(REGISTRY_RPC.addParticipation, participation());
    expect(again).toMatchObject({ status: 409, code: 'REGISTRY.DUPLICATE_PARTICIPATION' });

    const elsewhere = await registry.failure(REGISTRY_RPC.removeParticipation, {
      id: added.id,
      programmeId: randomUUID(),
    });
    expect(elsewhere).toMatchObject({ status: 404, code: 'REGISTRY.PARTICIPATION_NOT_FOUND' });
    const removed = await registry.call(REGISTRY_RPC.removeParticipation, {
      id: added.id,
      programmeId: programme.id,
    });
    expect(removed.id).toBe(added.id);
    await registry.published(PROGRAMME_PARTICIPATION_CHANGED_V1.subject, {
      participationId: added.id,
      change: 'removed',
    });
    await expect(registry.failure(REGISTRY_RPC.removeParticipation, { id: added.id })).resolves.toMatchObject(
      {
        status: 404,
        code: 'REGISTRY.PARTICIPATION_NOT_FOUND',
      },
    );
  });

  it('checks what participation refers to, naming the fields', async () => {
    const foreignCoordinator = await registry.failure(
      REGISTRY_RPC.addParticipation,
      participation({
        schoolId: otherSchool.id,
        coordinatorPersonId: coordinatorPerson.id,
        schoolYear: 2030,
      }),
    );
    expect(foreignCoordinator).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ field: 'coordinatorPersonId' })],
    });
    const notASchool = await registry.failure(
      REGISTRY_RPC.addParticipation,
      participation({ schoolId: randomUUID() }),
    );
    expect(notASchool).toMatchObject({
      status: 404,
      code: 'REGISTRY.SCHOOL_NOT_FOUND',
      errors: [expect.objectContaining({ field: 'schoolId' })],
    });
    const invalid = await registry.failure(
      REGISTRY_RPC.addParticipation,
      participation({ schoolYear: 1990, role: 'sponsor' }),
    );
    expect(new Set(invalid.errors?.map((e) => e.field))).toEqual(new Set(['schoolYear', 'role']));
  });

  it('lists participation by programme and year, and a school coordinator sees only their school', async () => {
    await registry.call(REGISTRY_RPC.addParticipation, participation({ schoolYear: 2025 }));
    const other = await registry.call(
      REGISTRY_RPC.addParticipation,
      participation({ schoolId: otherSchool.id, schoolYear: 2025 }),
    );

    const year = await registry.call(REGISTRY_RPC.listParticipation, {
      programmeId: programme.id,
      schoolYear: 2025,
    });
    expect(new Set(year.items.map((p) => p.schoolId))).toEqual(new Set([school.id, otherSchool.id]));

    const coordinator = schoolCoordinator(school.id);
    const seen = await registry.call(
      REGISTRY_RPC.listParticipation,
      { programmeId: programme.id },
      coordinator,
    );
    expect(seen.items.length).toBeGreaterThan(0);
    expect(seen.items.every((p) => p.schoolId === school.id)).toBe(true);
    // Participation is kept region-wide: no school role holds programmes:write.
    const removeByCoordinator = await registry.failure(
      REGISTRY_RPC.removeParticipation,
      { id: other.id },
      coordinator,
    );
    expect(removeByCoordinator).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
    const addByCoordinator = await registry.failure(
      REGISTRY_RPC.addParticipation,
      participation({ schoolId: otherSchool.id, schoolYear: 2026 }),
      coordinator,
    );
    expect(addByCoordinator).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
  });
});
