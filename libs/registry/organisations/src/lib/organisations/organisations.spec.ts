import {
  PARTNER_REGISTERED_V1,
  PARTNER_UPDATED_V1,
  SCHOOL_REGISTERED_V1,
  SCHOOL_UPDATED_V1,
  type Page,
} from '@orbita/contracts';
import {
  REGISTRY_RPC,
  type MunicipalityView,
  type OrganisationView,
  type PartnerView,
  type SchoolView,
} from '@orbita/registry/rpc';
import { randomUUID } from 'node:crypto';
import { RegistryOrganisationsFixture, schoolCoordinator } from '../../test/registry-organisations.fixture';

describe('registry: municipalities, schools and partners', () => {
  let registry: RegistryOrganisationsFixture;

  beforeAll(async () => {
    registry = await RegistryOrganisationsFixture.start();
  });

  afterAll(async () => {
    await registry?.close();
  });

  describe('municipalities', () => {
    it('creates, lists, gets and updates a municipality', async () => {
      const created = await registry.call(REGISTRY_RPC.createMunicipality, {
        name: '  ЗАТО Северск ',
        kind: 'zato',
        oktmo: '69741000',
      });
      expect(created).toMatchObject({
        name: 'ЗАТО Северск',
        kind: 'zato',
        oktmo: '69741000',
        okato: null,
        version: 1,
      });

      const page = await registry.call(REGISTRY_RPC.listMunicipalities, {
        kind: 'zato',
      });
      expect(page.items.map((m) => m.id)).toContain(created.id);

      const updated = await registry.call(REGISTRY_RPC.updateMunicipality, {
        id: created.id,
        expectedVersion: 1,
        okato: '69541000000',
      });
      expect(updated).toMatchObject({ okato: '69541000000', version: 2 });
      await expect(registry.call(REGISTRY_RPC.getMunicipality, { id: created.id })).resolves.toEqual(updated);
    });

    it('answers 409 naming the field for a duplicate name, 404 for an unknown id', async () => {
      await registry.municipality('Бакчарский район');
      const duplicate = await registry.failure(REGISTRY_RPC.createMunicipality, {
        name: 'Бакчарский район',
        kind: 'municipal_district',
      });
      expect(duplicate).toMatchObject({
        status: 409,
        code: 'REGISTRY.DUPLICATE_NAME',
        errors: [expect.objectContaining({ field: 'name' })],
      });
      await expect(
        registry.failure(REGISTRY_RPC.getMunicipality, { id: randomUUID() }),
      ).resolves.toMatchObject({
        status: 404,
        code: 'REGISTRY.MUNICIPALITY_NOT_FOUND',
      });
    });
  });

  describe('schools', () => {
    it('registers a school and announces it without anyone’s personal data', async () => {
      const municipality = await registry.municipality();
      const school = await registry.call(REGISTRY_RPC.createSchool, {
        fullName: 'МАОУ лицей № 7 г. Томска',
        shortName: 'Лицей № 7',
        municipalityId: municipality.id,
        email: 'Info@Lyceum7.Example.RU',
        website: 'https://lyceum7.example.ru',
        siriusId: 'S-7',
      });
      expect(school).toMatchObject({
        kind: 'school',
        fullName: 'МАОУ лицей № 7 г. Томска',
        municipalityId: municipality.id,
        municipalityName: municipality.name,
        email: 'info@lyceum7.example.ru',
        active: true,
        version: 1,
      });

      const [event] = await registry.published(SCHOOL_REGISTERED_V1.subject, { schoolId: school.id });
      expect(event.payload).toEqual({
        schoolId: school.id,
        municipalityId: municipality.id,
        fullName: 'МАОУ лицей № 7 г. Томска',
        shortName: 'Лицей № 7',
        siriusId: 'S-7',
        active: true,
      });
    });

    it('rejects an invalid school naming every bad field', async () => {
      const failure = await registry.failure(REGISTRY_RPC.createSchool, {
        fullName: '',
        shortName: 'x',
        municipalityId: 'not-a-uuid',
        email: 'not-an-email',
        website: 'lyceum.ru',
      });
      expect(failure.status).toBe(400);
      expect(failure.code).toBe('VALIDATION.FAILED');
      expect(new Set(failure.errors?.map((e) => e.field))).toEqual(
        new Set(['fullName', 'municipalityId', 'email', 'website']),
      );
    });

    it('answers 404 naming municipalityId for a school in an unknown municipality', async () => {
      const failure = await registry.failure(REGISTRY_RPC.createSchool, {
        fullName: 'МБОУ СОШ с. Нигде',
        shortName: 'СОШ с. Нигде',
        municipalityId: randomUUID(),
      });
      expect(failure).toMatchObject({
        status: 404,
        code: 'REGISTRY.MUNICIPALITY_NOT_FOUND',
        errors: [expect.objectContaining({ field: 'municipalityId' })],
      });
    });

    it('answers 409 DUPLICATE_NAME naming fullName for a second school of the same name', async () => {
      const school = await registry.school();
      const failure = await registry.failure(REGISTRY_RPC.createSchool, {
        fullName: school.fullName,
        shortName: 'Другая',
        municipalityId: school.municipalityId,
      });
      expect(failure).toMatchObject({
        status: 409,
        code: 'REGISTRY.DUPLICATE_NAME',
        errors: [expect.objectContaining({ field: 'fullName' })],
      });
    });

    it('updates with the expected version, announces the change, and refuses a stale version with 409', async () => {
      const school = await registry.school();
      const updated = await registry.call(REGISTRY_RPC.updateSchool, {
        id: school.id,
        expectedVersion: school.version,
        shortName: 'Новое имя',
        phone: '+7 3822 123-456',
      });
      expect(updated).toMatchObject({
        shortName: 'Новое имя',
        phone: '+7 3822 123-456',
        version: school.version + 1,
      });

      const [event] = await registry.published(SCHOOL_UPDATED_V1.subject, { schoolId: school.id });
      expect(event.payload).toMatchObject({
        shortName: 'Новое имя',
        version: updated.version,
        changedFields: ['shortName', 'phone'],
      });

      const stale = await registry.failure(REGISTRY_RPC.updateSchool, {
        id: school.id,
        expectedVersion: school.version,
        active: false,
      });
      expect(stale).toMatchObject({ status: 409, code: 'REGISTRY.STALE_VERSION' });
      const missingVersion = await registry.failure(REGISTRY_RPC.updateSchool, {
        id: school.id,
        active: false,
      });
      expect(missingVersion.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['expectedVersion']));
    });

    it('refuses to clear a school’s municipality or to take a name another organisation has', async () => {
      const [first, second] = [await registry.school(), await registry.school()];
      const cleared = await registry.failure(REGISTRY_RPC.updateSchool, {
        id: first.id,
        expectedVersion: 1,
        municipalityId: null,
      });
      expect(cleared.errors?.map((e) => e.field)).toEqual(['municipalityId']);
      const taken = await registry.failure(REGISTRY_RPC.updateSchool, {
        id: first.id,
        expectedVersion: 1,
        fullName: second.fullName,
      });
      expect(taken).toMatchObject({
        status: 409,
        code: 'REGISTRY.DUPLICATE_NAME',
        errors: [expect.objectContaining({ field: 'fullName' })],
      });
    });

    it('rejects an unknown sort field with 400 naming sort', async () => {
      const failure = await registry.failure(REGISTRY_RPC.listSchools, { sort: 'password' });
      expect(failure).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'sort' })] });
    });
  });

  describe('school scope', () => {
    it('shows a school coordinator their own school only; another school is "not found"', async () => {
      const [own, other] = [await registry.school(), await registry.school()];
      const coordinator = schoolCoordinator(own.id);

      const page = await registry.call(
        REGISTRY_RPC.listSchools,
        { pageSize: 200 },
        coordinator,
      );
      expect(page.items.map((s) => s.id)).toEqual([own.id]);
      expect(page.total).toBe(1);
      const all = await registry.call(REGISTRY_RPC.listSchools, { pageSize: 200 });
      expect(all.total).toBeGreaterThan(1);

      await expect(registry.call(REGISTRY_RPC.getSchool, { id: own.id }, coordinator)).resolves.toMatchObject(
        { id: own.id },
      );
      const hidden = await registry.failure(REGISTRY_RPC.getSchool, { id: other.id }, coordinator);
      const missing = await registry.failure(REGISTRY_RPC.getSchool, { id: randomUUID() }, coordinator);
      expect(hidden).toMatchObject({ status: 404, code: 'REGISTRY.SCHOOL_NOT_FOUND' });
      expect(missing).toMatchObject({ status: 404, code: 'REGISTRY.SCHOOL_NOT_FOUND' });

      const update = await registry.failure(
        REGISTRY_RPC.updateSchool,
        { id: other.id, expectedVersion: 1, active: false },
        coordinator,
      );
      expect(update).toMatchObject({ status: 404, code: 'REGISTRY.SCHOOL_NOT_FOUND' });
      await expect(
        registry.call(
          REGISTRY_RPC.updateSchool,
          { id: own.id, expectedVersion: 1, address: 'г. Томск, ул. Ленина, 1' },
          coordinator,
        ),
      ).resolves.toMatchObject({ address: 'г. Томск, ул. Ленина, 1' });

      const create = await registry.failure(
        REGISTRY_RPC.createSchool,
        {
          fullName: 'Школа из-под школьного координатора',
          shortName: 'Школа',
          municipalityId: own.municipalityId,
        },
        coordinator,
      );
      expect(create).toMatchObject({ status: 403, code: 'AUTH.REGION_LEVEL_ONLY' });

      const organisations = await registry.call(
        REGISTRY_RPC.listOrganisations,
        { kind: 'school', pageSize: 200 },
        coordinator,
      );
      expect(organisations.items.map((o) => o.id)).toEqual([own.id]);
    });
  });

  describe('partners', () => {
    it('registers partners, filters them by kind and keeps them region-level', async () => {
      const university = await registry.call(REGISTRY_RPC.createPartner, {
        kind: 'university',
        fullName: 'Национальный исследовательский Томский государственный университет',
        shortName: 'ТГУ',
      });
      const enterprise = await registry.call(REGISTRY_RPC.createPartner, {
        kind: 'enterprise',
        fullName: 'НПО «Унитех»',
        shortName: 'НПО Унитех',
      });
      expect(university).toMatchObject({ kind: 'university', municipalityId: null, version: 1 });
      const [registered] = await registry.published(PARTNER_REGISTERED_V1.subject, {
        partnerId: enterprise.id,
      });
      expect(registered.payload).toMatchObject({ kind: 'enterprise', fullName: 'НПО «Унитех»' });

      const universities = await registry.call(REGISTRY_RPC.listPartners, {
        kind: 'university',
      });
      expect(universities.items.map((p) => p.id)).toEqual([university.id]);
      const school = await registry.school();
      const coordinator = schoolCoordinator(school.id);
      const seenBySchool = await registry.call(
        REGISTRY_RPC.listPartners,
        { sort: 'kind' },
        coordinator,
      );
      expect(seenBySchool.items.map((p) => p.id)).toEqual([enterprise.id, university.id]);
      await expect(
        registry.call(REGISTRY_RPC.getPartner, { id: university.id }, coordinator),
      ).resolves.toMatchObject({ shortName: 'ТГУ' });
      await expect(registry.failure(REGISTRY_RPC.getPartner, { id: school.id })).resolves.toMatchObject({
        status: 404,
        code: 'REGISTRY.PARTNER_NOT_FOUND',
      });

      const refused = await registry.failure(
        REGISTRY_RPC.updatePartner,
        { id: university.id, expectedVersion: 1, shortName: 'НИ ТГУ' },
        coordinator,
      );
      // No school role holds partners:write: the host refuses before the region-level check.
      expect(refused).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
      const updated = await registry.call(REGISTRY_RPC.updatePartner, {
        id: university.id,
        expectedVersion: 1,
        shortName: 'НИ ТГУ',
        kind: 'research_institute',
      });
      expect(updated).toMatchObject({ shortName: 'НИ ТГУ', kind: 'research_institute', version: 2 });
      const [changed] = await registry.published(PARTNER_UPDATED_V1.subject, { partnerId: university.id });
      expect(changed.payload).toMatchObject({
        kind: 'research_institute',
        changedFields: ['shortName', 'kind'],
      });
    });

    it('refuses a partner of a kind that is not a partner kind', async () => {
      const failure = await registry.failure(REGISTRY_RPC.createPartner, {
        kind: 'school',
        fullName: 'Школа',
        shortName: 'Школа',
      });
      expect(failure.errors?.map((e) => e.field)).toEqual(['kind']);
    });
  });
});
