import { AGREEMENT_SIGNED_V1, type Page } from '@orbita/contracts';
import {
  REGISTRY_RPC,
  type AgreementStatus,
  type AgreementView,
  type CreateAgreementRequest,
  type PartnerView,
  type SchoolView,
} from '@orbita/registry/rpc';
import { randomUUID } from 'node:crypto';
import { RegistryOrganisationsFixture, schoolCoordinator } from '../../test/registry-organisations.fixture';
import { addDays, todayInRegion } from '../shared/region-calendar';

describe('registry: agreements', () => {
  let registry: RegistryOrganisationsFixture;
  let school: SchoolView;
  let otherSchool: SchoolView;
  let university: PartnerView;
  const today = todayInRegion();

  beforeAll(async () => {
    registry = await RegistryOrganisationsFixture.start();
    school = await registry.school();
    otherSchool = await registry.school();
    university = await registry.call(REGISTRY_RPC.createPartner, {
      kind: 'university',
      fullName: 'Томский государственный педагогический университет',
      shortName: 'ТГПУ',
    });
  });

  afterAll(async () => {
    await registry?.close();
  });

  const agreement = (overrides: Record<string, unknown> = {}): CreateAgreementRequest => ({
    number: `№ ${randomUUID().slice(0, 8)}`,
    signedOn: addDays(today, -400),
    validFrom: addDays(today, -400),
    validTo: addDays(today, 365),
    subject: 'Сотрудничество в организации проектной деятельности обучающихся',
    obligations: ['Университет проводит практикумы', 'Школа обеспечивает участие обучающихся'],
    status: 'active',
    partyOrganisationId: school.id,
    partnerOrganisationId: university.id,
    ...overrides,
  });
  const create = (overrides: Record<string, unknown> = {}) =>
    registry.call(REGISTRY_RPC.createAgreement, agreement(overrides));

  it('registers a signed agreement and announces it', async () => {
    const signed = await create({ number: '112/ДС-24' });
    expect(signed).toMatchObject({
      number: '112/ДС-24',
      status: 'active',
      partyOrganisationId: school.id,
      partyOrganisationName: school.shortName,
      partnerOrganisationId: university.id,
      partnerOrganisationKind: 'university',
      obligations: ['Университет проводит практикумы', 'Школа обеспечивает участие обучающихся'],
      daysUntilExpiry: 365,
      version: 1,
    });
    const [event] = await registry.published(AGREEMENT_SIGNED_V1.subject, { agreementId: signed.id });
    expect(event.payload).toEqual({
      agreementId: signed.id,
      number: '112/ДС-24',
      partyOrganisationId: school.id,
      partnerOrganisationId: university.id,
      signedOn: signed.signedOn,
      validFrom: signed.validFrom,
      validTo: signed.validTo,
    });

    const duplicate = await registry.failure(
      REGISTRY_RPC.createAgreement,
      agreement({ number: '112/ДС-24' }),
    );
    expect(duplicate).toMatchObject({
      status: 409,
      code: 'REGISTRY.DUPLICATE_NUMBER',
      errors: [expect.objectContaining({ field: 'number' })],
    });
  });

  it('announces a draft only when it is signed, and ends agreements by termination', async () => {
    const draft = await create({ status: 'draft', signedOn: null });
    expect(draft.status).toBe('draft');
    const unsigned = await registry.failure(REGISTRY_RPC.updateAgreement, {
      id: draft.id,
      expectedVersion: 1,
      status: 'active',
    });
    expect(unsigned).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'signedOn' })] });

    const signed = await registry.call(REGISTRY_RPC.updateAgreement, {
      id: draft.id,
      expectedVersion: 1,
      status: 'active',
      signedOn: today,
    });
    expect(signed).toMatchObject({ status: 'active', signedOn: today, version: 2 });
    // One event, at signing: creating the draft announced nothing.
    expect(await registry.published(AGREEMENT_SIGNED_V1.subject, { agreementId: draft.id })).toHaveLength(1);

    const stale = await registry.failure(REGISTRY_RPC.updateAgreement, {
      id: draft.id,
      expectedVersion: 1,
      subject: 'Другое',
    });
    expect(stale).toMatchObject({ status: 409, code: 'REGISTRY.STALE_VERSION' });

    const terminated = await registry.call(REGISTRY_RPC.updateAgreement, {
      id: draft.id,
      expectedVersion: 2,
      status: 'terminated',
    });
    expect(terminated).toMatchObject({ status: 'terminated', terminatedOn: today, daysUntilExpiry: null });
    const revived = await registry.failure(REGISTRY_RPC.updateAgreement, {
      id: draft.id,
      expectedVersion: 3,
      status: 'active',
    });
    expect(revived).toMatchObject({ status: 409, code: 'REGISTRY.INVALID_STATUS_TRANSITION' });
  });

  it('rejects inconsistent terms and wrong parties naming the fields', async () => {
    const backwards = await registry.failure(
      REGISTRY_RPC.createAgreement,
      agreement({ validFrom: today, validTo: addDays(today, -1) }),
    );
    expect(backwards.errors?.map((e) => e.field)).toEqual(['validTo']);
    const badDate = await registry.failure(
      REGISTRY_RPC.createAgreement,
      agreement({ validFrom: '2024-13-45' }),
    );
    expect(badDate.errors?.map((e) => e.field)).toContain('validFrom');
    const schoolAsPartner = await registry.failure(
      REGISTRY_RPC.createAgreement,
      agreement({ partnerOrganisationId: otherSchool.id }),
    );
    expect(schoolAsPartner).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ field: 'partnerOrganisationId' })],
    });
    const unknownPartner = await registry.failure(
      REGISTRY_RPC.createAgreement,
      agreement({ partnerOrganisationId: randomUUID() }),
    );
    expect(unknownPartner).toMatchObject({
      status: 404,
      errors: [expect.objectContaining({ field: 'partnerOrganisationId' })],
    });
  });

  it('reads an agreement past its end as expired, and finds those expiring within N days', async () => {
    const partyId = (await registry.school()).id;
    const forParty = { partyOrganisationId: partyId };
    const soon = await create({ ...forParty, validTo: addDays(today, 20) });
    const endsToday = await create({ ...forParty, validTo: today });
    const later = await create({ ...forParty, validTo: addDays(today, 90) });
    const openEnded = await create({ ...forParty, validTo: null });
    const expired = await create({ ...forParty, validTo: addDays(today, -1) });
    await create({ ...forParty, status: 'draft', signedOn: null, validTo: addDays(today, 10) });

    expect(expired.status).toBe('expired');
    expect(openEnded).toMatchObject({ status: 'active', daysUntilExpiry: null });

    const expiring = await registry.call(REGISTRY_RPC.listAgreements, {
      organisationId: partyId,
      expiringWithinDays: 60,
    });
    expect(expiring.items.map((a) => a.id)).toEqual([endsToday.id, soon.id]);
    expect(expiring.items.map((a) => a.daysUntilExpiry)).toEqual([0, 20]);

    const byStatus = async (status: AgreementStatus) =>
      (
        await registry.call(REGISTRY_RPC.listAgreements, {
          organisationId: partyId,
          status,
        })
      ).items.map((a) => a.id);
    expect(await byStatus('expired')).toEqual([expired.id]);
    expect(new Set(await byStatus('active'))).toEqual(
      new Set([soon.id, endsToday.id, later.id, openEnded.id]),
    );
    expect(await byStatus('draft')).toHaveLength(1);
  });

  it('shows a school coordinator only the agreements their school signed', async () => {
    const own = await create();
    const foreign = await create({ partyOrganisationId: otherSchool.id });
    const coordinator = schoolCoordinator(school.id);

    const page = await registry.call(
      REGISTRY_RPC.listAgreements,
      { pageSize: 200 },
      coordinator,
    );
    expect(page.items.map((a) => a.id)).toContain(own.id);
    expect(page.items.every((a) => a.partyOrganisationId === school.id)).toBe(true);

    await expect(
      registry.call(REGISTRY_RPC.getAgreement, { id: own.id }, coordinator),
    ).resolves.toMatchObject({ id: own.id });
    const hidden = await registry.failure(REGISTRY_RPC.getAgreement, { id: foreign.id }, coordinator);
    expect(hidden).toMatchObject({ status: 404, code: 'REGISTRY.AGREEMENT_NOT_FOUND' });
    const update = await registry.failure(
      REGISTRY_RPC.updateAgreement,
      { id: foreign.id, expectedVersion: 1, subject: 'x' },
      coordinator,
    );
    expect(update).toMatchObject({ status: 404, code: 'REGISTRY.AGREEMENT_NOT_FOUND' });
    const forOther = await registry.failure(
      REGISTRY_RPC.createAgreement,
      agreement({ partyOrganisationId: otherSchool.id }),
      coordinator,
    );
    expect(forOther).toMatchObject({
      status: 404,
      errors: [expect.objectContaining({ field: 'partyOrganisationId' })],
    });
    await expect(
      registry.call(REGISTRY_RPC.createAgreement, agreement(), coordinator),
    ).resolves.toMatchObject({
      partyOrganisationId: school.id,
    });
  });
});
