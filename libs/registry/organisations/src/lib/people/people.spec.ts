import { PERSON_REGISTERED_V1, PERSON_UPDATED_V1, type Page } from '@orbita/contracts';
import {
  REGISTRY_RPC,
  type CreatePersonRequest,
  type PartnerView,
  type PersonView,
  type SchoolView,
} from '@orbita/registry/rpc';
import { randomUUID } from 'node:crypto';
import { RegistryOrganisationsFixture, schoolCoordinator } from '../../test/registry-organisations.fixture';

describe('registry: people', () => {
  let registry: RegistryOrganisationsFixture;
  let school: SchoolView;
  let otherSchool: SchoolView;

  beforeAll(async () => {
    registry = await RegistryOrganisationsFixture.start();
    school = await registry.school();
    otherSchool = await registry.school();
  });

  afterAll(async () => {
    await registry?.close();
  });

  const teacher = (organisationId: string, overrides: Record<string, unknown> = {}): CreatePersonRequest => ({
    organisationId,
    surname: 'Кузнецова',
    name: 'Ольга',
    patronymic: 'Петровна',
    position: 'Учитель математики',
    email: `teacher-${randomUUID()}@school.example.ru`,
    roles: ['teacher', 'mentor'],
    ...overrides,
  });

  it('registers a person and announces ids, roles and e-mail, never names or phone', async () => {
    const person = await registry.call(
      REGISTRY_RPC.createPerson,
      teacher(school.id, { email: ' Kuznetsova@School.Example.RU ', phone: '+7 913 000-00-00' }),
    );
    expect(person).toMatchObject({
      fullName: 'Кузнецова Ольга Петровна',
      email: 'kuznetsova@school.example.ru',
      roles: ['teacher', 'mentor'],
      organisationId: school.id,
      organisationKind: 'school',
      schoolId: school.id,
      active: true,
      version: 1,
    });

    const [event] = await registry.published(PERSON_REGISTERED_V1.subject, { personId: person.id });
    expect(event.payload).toEqual({
      personId: person.id,
      organisationId: school.id,
      schoolId: school.id,
      roles: ['teacher', 'mentor'],
      email: 'kuznetsova@school.example.ru',
      active: true,
    });
    const wire = JSON.stringify(event.payload);
    for (const personal of ['Кузнецова', 'Ольга', 'Петровна', '+7 913 000-00-00']) expect(wire).not.toContain(personal);
  });

  it('rejects invalid people naming the fields', async () => {
    const failure = await registry.failure(REGISTRY_RPC.createPerson, {
      organisationId: school.id,
      surname: '',
      name: 'Иван',
      email: 'nope',
      roles: ['teacher', 'wizard'],
    });
    expect(failure.status).toBe(400);
    expect(new Set(failure.errors?.map((e) => e.field))).toEqual(new Set(['surname', 'email', 'roles']));

    const noRoles = await registry.failure(REGISTRY_RPC.createPerson, teacher(school.id, { roles: [] }));
    expect(noRoles.errors?.map((e) => e.field)).toEqual(['roles']);
  });

  it('answers 409 naming email for an e-mail another person has, whatever its case', async () => {
    const email = `dup-${randomUUID()}@school.example.ru`;
    await registry.call(REGISTRY_RPC.createPerson, teacher(school.id, { email }));
    const failure = await registry.failure(
      REGISTRY_RPC.createPerson,
      teacher(school.id, { email: email.toUpperCase() }),
    );
    expect(failure).toMatchObject({
      status: 409,
      code: 'REGISTRY.DUPLICATE_EMAIL',
      errors: [expect.objectContaining({ field: 'email' })],
    });
  });

  it('keeps school roles at schools and regional staff at the regional centre', async () => {
    const partner = await registry.call(REGISTRY_RPC.createPartner, {
      kind: 'university',
      fullName: `Университет ${randomUUID()}`,
      shortName: 'Университет',
    });
    const teacherAtUniversity = await registry.failure(REGISTRY_RPC.createPerson, teacher(partner.id));
    expect(teacherAtUniversity).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ field: 'roles' })],
    });
    const staffAtSchool = await registry.failure(
      REGISTRY_RPC.createPerson,
      teacher(school.id, { roles: ['regional_staff'] }),
    );
    expect(staffAtSchool.errors?.map((e) => e.field)).toEqual(['roles']);
    await expect(
      registry.call(REGISTRY_RPC.createPerson, teacher(partner.id, { roles: ['expert'] })),
    ).resolves.toMatchObject({
      schoolId: null,
      organisationKind: 'university',
    });
  });

  it('updates with the expected version, refuses a stale one, and deactivates idempotently', async () => {
    const person = await registry.call(REGISTRY_RPC.createPerson, teacher(school.id));
    const updated = await registry.call(REGISTRY_RPC.updatePerson, {
      id: person.id,
      expectedVersion: 1,
      surname: 'Смирнова',
      roles: ['teacher'],
    });
    expect(updated).toMatchObject({ fullName: 'Смирнова Ольга Петровна', roles: ['teacher'], version: 2 });
    const [changed] = await registry.published(PERSON_UPDATED_V1.subject, {
      personId: person.id,
      version: 2,
    });
    expect(changed.payload).toMatchObject({ changedFields: ['surname', 'roles'], roles: ['teacher'] });
    expect(JSON.stringify(changed.payload)).not.toContain('Смирнова');

    const stale = await registry.failure(REGISTRY_RPC.updatePerson, {
      id: person.id,
      expectedVersion: 1,
      position: 'Завуч',
    });
    expect(stale).toMatchObject({ status: 409, code: 'REGISTRY.STALE_VERSION' });

    const deactivated = await registry.call(REGISTRY_RPC.deactivatePerson, { id: person.id });
    expect(deactivated).toMatchObject({ active: false, version: 3 });
    await expect(registry.call(REGISTRY_RPC.deactivatePerson, { id: person.id })).resolves.toMatchObject({
      active: false,
      version: 3,
    });
    const [deactivation] = await registry.published(PERSON_UPDATED_V1.subject, {
      personId: person.id,
      version: 3,
    });
    expect(deactivation.payload).toMatchObject({ active: false, changedFields: ['active'] });

    const inactive = await registry.call(REGISTRY_RPC.listPeople, {
      organisationId: school.id,
      active: false,
    });
    expect(inactive.items.map((p) => p.id)).toEqual([person.id]);
  });

  it('lists people by organisation, role and text, sorted as asked', async () => {
    const organisation = await registry.school();
    await registry.call(
      REGISTRY_RPC.createPerson,
      teacher(organisation.id, { surname: 'Яковлев', name: 'Борис', roles: ['teacher'] }),
    );
    await registry.call(
      REGISTRY_RPC.createPerson,
      teacher(organisation.id, { surname: 'Антонова', roles: ['school_coordinator'] }),
    );
    const all = await registry.call(REGISTRY_RPC.listPeople, {
      organisationId: organisation.id,
      sort: '-surname',
    });
    expect(all.items.map((p) => p.surname)).toEqual(['Яковлев', 'Антонова']);
    const coordinators = await registry.call(REGISTRY_RPC.listPeople, {
      organisationId: organisation.id,
      role: 'school_coordinator',
    });
    expect(coordinators.items.map((p) => p.surname)).toEqual(['Антонова']);
    const found = await registry.call(REGISTRY_RPC.listPeople, {
      organisationId: organisation.id,
      q: 'борис',
    });
    expect(found.items.map((p) => p.surname)).toEqual(['Яковлев']);
  });

  it('confines a school coordinator to their own school’s people', async () => {
    const own = await registry.call(REGISTRY_RPC.createPerson, teacher(school.id));
    const foreign = await registry.call(REGISTRY_RPC.createPerson, teacher(otherSchool.id));
    const coordinator = schoolCoordinator(school.id);

    const page = await registry.call(
      REGISTRY_RPC.listPeople,
      { pageSize: 200 },
      coordinator,
    );
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((p) => p.organisationId === school.id)).toBe(true);
    const asked = await registry.call(
      REGISTRY_RPC.listPeople,
      { organisationId: otherSchool.id },
      coordinator,
    );
    expect(asked.total).toBe(0);

    await expect(registry.call(REGISTRY_RPC.getPerson, { id: own.id }, coordinator)).resolves.toMatchObject({
      id: own.id,
    });
    for (const [subject, body] of [
      [REGISTRY_RPC.getPerson, { id: foreign.id }],
      [REGISTRY_RPC.updatePerson, { id: foreign.id, expectedVersion: 1, position: 'Директор' }],
      [REGISTRY_RPC.deactivatePerson, { id: foreign.id }],
    ] as const) {
      await expect(registry.failure(subject, body, coordinator)).resolves.toMatchObject({
        status: 404,
        code: 'REGISTRY.PERSON_NOT_FOUND',
      });
    }
    const elsewhere = await registry.failure(REGISTRY_RPC.createPerson, teacher(otherSchool.id), coordinator);
    expect(elsewhere).toMatchObject({
      status: 404,
      code: 'REGISTRY.ORGANISATION_NOT_FOUND',
      errors: [expect.objectContaining({ field: 'organisationId' })],
    });
    const moved = await registry.failure(
      REGISTRY_RPC.updatePerson,
      { id: own.id, expectedVersion: 1, organisationId: otherSchool.id },
      coordinator,
    );
    expect(moved).toMatchObject({ status: 404, code: 'REGISTRY.ORGANISATION_NOT_FOUND' });
  });
});
