import { Injectable } from '@nestjs/common';
import { withinScope, type SchoolScope } from '@orbita/auth';
import { AGREEMENT_SIGNED_V1, PARTNER_KINDS, type OrganisationKind, type Page } from '@orbita/contracts';
import {
  AGREEMENT_SORT_FIELDS,
  type AgreementView,
  type CreateAgreementRequest,
  type ListAgreementsQuery,
  type SettableAgreementStatus,
  type UpdateAgreementRequest,
} from '@orbita/registry/rpc';
import type { TransactionContext } from '@orbita/messaging';
import type { PageSpec } from '@orbita/persistence';
import type { EntityManager } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Programme } from '../programmes/programme.entity';
import { applyChanges, expectVersion, findRecord } from '../shared/record-changes';
import { addDays, todayInRegion } from '../shared/region-calendar';
import { InvalidStatusTransition, invalidField } from '../shared/registry-errors';
import { RegistryStore } from '../shared/registry-store';
import { viewPage, type SortColumns } from '../shared/view-page';
import { Agreement, agreementView, type StoredAgreementStatus } from './agreement.entity';

const AGREEMENT_PAGE: PageSpec = {
  sortable: {
    validTo: 'agreement.validTo',
    validFrom: 'agreement.validFrom',
    signedOn: 'agreement.signedOn',
    number: 'agreement.number',
    partyName: 'party.shortName',
    partnerName: 'partner.shortName',
    createdAt: 'agreement.createdAt',
    id: 'agreement.id',
  } satisfies SortColumns<typeof AGREEMENT_SORT_FIELDS>,
  // What ends first comes first: the coordinator's question is which agreements need renewing.
  defaultSort: 'validTo,number,id',
  searchable: ['agreement.number', 'agreement.subject', 'party.shortName', 'partner.shortName'],
};

/** Who signs on the registry's side: a school, the regional centre or the education authority. */
const PARTY_KINDS: readonly OrganisationKind[] = ['school', 'regional_centre', 'authority'];
/** Who is on the other side: a partner or a foundation. */
const COUNTERPARTY_KINDS: readonly OrganisationKind[] = [...PARTNER_KINDS, 'foundation'];

const TRANSITIONS: Readonly<Record<StoredAgreementStatus, readonly SettableAgreementStatus[]>> = {
  draft: ['draft', 'active', 'terminated'],
  active: ['active', 'terminated'],
  terminated: ['terminated'],
};

const AGREEMENT_FIELDS = [
  'number',
  'signedOn',
  'validFrom',
  'validTo',
  'subject',
  'obligations',
  'status',
  'terminatedOn',
  'programmeId',
] as const satisfies readonly (keyof Agreement)[];

/** A school-scoped caller sees the agreements its school signed, nothing else. */
const visibleIn = (scope: SchoolScope) => (agreement: Agreement) =>
  withinScope(scope, agreement.partyOrganisationId);

/**
 * Cooperation agreements (договоры о сотрудничестве). "Today" is the region's date (see
 * region-calendar.ts); `today` parameters exist so that the status a caller sees and the filter it used
 * agree to the day.
 */
@Injectable()
export class AgreementsService {
  constructor(private readonly store: RegistryStore) {}

  list(
    query: ListAgreementsQuery,
    scope: SchoolScope,
    today = todayInRegion(),
  ): Promise<Page<AgreementView>> {
    return this.store.read((manager) => {
      const builder = manager
        .createQueryBuilder(Agreement, 'agreement')
        .innerJoinAndSelect('agreement.partyOrganisation', 'party')
        .innerJoinAndSelect('agreement.partnerOrganisation', 'partner');
      if (scope !== null) builder.andWhere('agreement.partyOrganisationId = :scope', { scope });
      if (query.organisationId) {
        builder.andWhere(
          '(agreement.partyOrganisationId = :organisationId OR agreement.partnerOrganisationId = :organisationId)',
          {
            organisationId: query.organisationId,
          },
        );
      }
      if (query.programmeId)
        builder.andWhere('agreement.programmeId = :programmeId', { programmeId: query.programmeId });
      switch (query.status) {
        case 'active':
          builder.andWhere(
            "agreement.status = 'active' AND (agreement.validTo IS NULL OR agreement.validTo >= :today)",
            { today },
          );
          break;
        case 'expired':
          builder.andWhere("agreement.status = 'active' AND agreement.validTo < :today", { today });
          break;
        case 'draft':
        case 'terminated':
          builder.andWhere('agreement.status = :status', { status: query.status });
          break;
      }
      if (query.expiringWithinDays !== undefined) {
        builder.andWhere("agreement.status = 'active' AND agreement.validTo BETWEEN :today AND :horizon", {
          today,
          horizon: addDays(today, query.expiringWithinDays),
        });
      }
      return viewPage(builder, query, AGREEMENT_PAGE, (agreement) => agreementView(agreement, today));
    });
  }

  get(id: string, scope: SchoolScope, today = todayInRegion()): Promise<AgreementView> {
    return this.store.read(async (manager) => {
      await findRecord(manager, Agreement, 'agreement', id, { visible: visibleIn(scope) });
      return this.view(manager, id, today);
    });
  }

  create(
    request: CreateAgreementRequest,
    scope: SchoolScope,
    today = todayInRegion(),
  ): Promise<AgreementView> {
    return this.store.write(async (tx) => {
      const party = await findRecord(tx.manager, Organisation, 'organisation', request.partyOrganisationId, {
        visible: (organisation) => withinScope(scope, organisation.id),
        field: 'partyOrganisationId',
      });
      requireKind(party, PARTY_KINDS, 'partyOrganisationId');
      const partner = await findRecord(
        tx.manager,
        Organisation,
        'organisation',
        request.partnerOrganisationId,
        {
          field: 'partnerOrganisationId',
        },
      );
      requireKind(partner, COUNTERPARTY_KINDS, 'partnerOrganisationId');
      if (request.programmeId) await requireProgramme(tx.manager, request.programmeId);
      const agreement = tx.manager.create(Agreement, {
        number: request.number,
        signedOn: request.signedOn ?? null,
        validFrom: request.validFrom,
        validTo: request.validTo ?? null,
        subject: request.subject,
        obligations: request.obligations ?? [],
        status: request.status ?? 'draft',
        terminatedOn: null,
        partyOrganisationId: party.id,
        partnerOrganisationId: partner.id,
        programmeId: request.programmeId ?? null,
      });
      checkTerms(agreement);
      await tx.manager.save(agreement);
      if (agreement.status === 'active') publishSigned(tx, agreement);
      return this.view(tx.manager, agreement.id, today);
    });
  }

  update(
    request: UpdateAgreementRequest,
    scope: SchoolScope,
    today = todayInRegion(),
  ): Promise<AgreementView> {
    return this.store.write(async (tx) => {
      const agreement = await findRecord(tx.manager, Agreement, 'agreement', request.id, {
        visible: visibleIn(scope),
        forUpdate: true,
      });
      expectVersion(agreement, request.expectedVersion, 'agreement');
      const previousStatus = agreement.status;
      if (request.status && !TRANSITIONS[previousStatus].includes(request.status)) {
        throw new InvalidStatusTransition(previousStatus, request.status);
      }
      const terminating = request.status === 'terminated' && previousStatus !== 'terminated';
      const changes = terminating ? { ...request, terminatedOn: request.terminatedOn ?? today } : request;
      const changed = applyChanges(agreement, changes, AGREEMENT_FIELDS);
      if (changed.includes('programmeId') && agreement.programmeId)
        await requireProgramme(tx.manager, agreement.programmeId);
      checkTerms(agreement);
      if (changed.length > 0) {
        await tx.manager.save(agreement);
        if (previousStatus === 'draft' && agreement.status === 'active') publishSigned(tx, agreement);
      }
      return this.view(tx.manager, agreement.id, today);
    });
  }

  /** The agreement a party registered under this number (the demo seed's natural key), if any. */
  findByNumber(partyOrganisationId: string, number: string): Promise<Agreement | null> {
    return this.store.read((manager) => manager.findOneBy(Agreement, { partyOrganisationId, number }));
  }

  private async view(manager: EntityManager, id: string, today: string): Promise<AgreementView> {
    const agreement = await manager.findOneOrFail(Agreement, {
      where: { id },
      relations: { partyOrganisation: true, partnerOrganisation: true },
    });
    return agreementView(agreement, today);
  }
}

function requireKind(organisation: Organisation, kinds: readonly OrganisationKind[], field: string): void {
  if (!kinds.includes(organisation.kind)) {
    throw invalidField(
      field,
      `must be an organisation of kind ${kinds.join(', ')}, not ${organisation.kind}`,
    );
  }
}

async function requireProgramme(manager: EntityManager, id: string): Promise<void> {
  await findRecord(manager, Programme, 'programme', id, { field: 'programmeId' });
}

/** The rules of a consistent agreement, checked before writing so each names its field. */
function checkTerms(agreement: Agreement): void {
  if (agreement.validTo !== null && agreement.validTo < agreement.validFrom)
    throw invalidField('validTo', 'must not be before validFrom');
  if (agreement.status === 'active' && agreement.signedOn === null) {
    throw invalidField('signedOn', 'an active agreement needs the date it was signed');
  }
  if ((agreement.status === 'terminated') !== (agreement.terminatedOn !== null)) {
    throw invalidField(
      'terminatedOn',
      'a terminated agreement has a termination date, and only a terminated one',
    );
  }
}

function publishSigned(tx: TransactionContext, agreement: Agreement): void {
  tx.publish(
    AGREEMENT_SIGNED_V1,
    {
      agreementId: agreement.id,
      number: agreement.number,
      partyOrganisationId: agreement.partyOrganisationId,
      partnerOrganisationId: agreement.partnerOrganisationId,
      programmeId: agreement.programmeId ?? undefined,
      signedOn: agreement.signedOn as string,
      validFrom: agreement.validFrom,
      validTo: agreement.validTo ?? undefined,
    },
    { aggregateId: agreement.id },
  );
}
