import { Injectable } from '@nestjs/common';
import { withinScope, type SchoolScope } from '@orbita/auth';
import {
  isPartnerKind,
  ORGANISATION_REGISTERED_V1,
  PARTNER_KINDS,
  PARTNER_REGISTERED_V1,
  PARTNER_UPDATED_V1,
  SCHOOL_REGISTERED_V1,
  SCHOOL_UPDATED_V1,
  type OrganisationKind,
  type Page,
} from '@orbita/contracts';
import {
  ORGANISATION_SORT_FIELDS,
  type CreatePartnerRequest,
  type CreateSchoolRequest,
  type ListOrganisationsQuery,
  type ListPartnersQuery,
  type ListSchoolsQuery,
  type NewOrganisation,
  type OrganisationListQuery,
  type OrganisationUpdate,
  type OrganisationView,
  type PartnerView,
  type SchoolView,
  type UpdatePartnerRequest,
  type UpdateSchoolRequest,
} from '@orbita/registry/rpc';
import type { TransactionContext } from '@orbita/messaging';
import type { PageSpec } from '@orbita/persistence';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { applyChanges, expectVersion, findRecord } from '../shared/record-changes';
import { RecordNotFound } from '../shared/registry-errors';
import { RegistryStore } from '../shared/registry-store';
import { viewPage, type SortColumns } from '../shared/view-page';
import { Organisation, organisationView } from './organisation.entity';

const ORGANISATION_PAGE: PageSpec = {
  sortable: {
    shortName: 'organisation.shortName',
    fullName: 'organisation.fullName',
    kind: 'organisation.kind',
    municipalityName: 'municipality.name',
    createdAt: 'organisation.createdAt',
    updatedAt: 'organisation.updatedAt',
    id: 'organisation.id',
  } satisfies SortColumns<typeof ORGANISATION_SORT_FIELDS>,
  defaultSort: 'shortName,id',
  searchable: [
    'organisation.fullName',
    'organisation.shortName',
    'organisation.siriusId',
    'organisation.inn',
  ],
};

/** Fields an update may change, per side of the registry. */
const COMMON_FIELDS = [
  'fullName',
  'shortName',
  'municipalityId',
  'address',
  'email',
  'phone',
  'website',
  'siriusId',
  'inn',
  'active',
] as const satisfies readonly (keyof Organisation)[];
const PARTNER_FIELDS = [...COMMON_FIELDS, 'kind'] as const;
type OrganisationField = (typeof PARTNER_FIELDS)[number];

const isSchool = (organisation: Organisation) => organisation.kind === 'school';
const isPartner = (organisation: Organisation) => isPartnerKind(organisation.kind);
/** A school-scoped caller sees its own school, and every organisation that is not a school. */
const visibleIn = (scope: SchoolScope) => (organisation: Organisation) =>
  !isSchool(organisation) || withinScope(scope, organisation.id);

/**
 * Schools, partners and the region's other organisations (one table). Schools are confined to the
 * caller's school scope; partners and the others are region-level reference data everyone may read and
 * only region-wide roles may change.
 */
@Injectable()
export class OrganisationsService {
  constructor(private readonly store: RegistryStore) {}

  listSchools(query: ListSchoolsQuery, scope: SchoolScope): Promise<Page<SchoolView>> {
    return this.list(query, (builder) => {
      builder.andWhere("organisation.kind = 'school'");
      if (scope !== null) builder.andWhere('organisation.id = :scope', { scope });
    }) as Promise<Page<SchoolView>>;
  }

  listPartners(query: ListPartnersQuery): Promise<Page<PartnerView>> {
    return this.list(query, (builder) => {
      builder.andWhere('organisation.kind IN (:...partnerKinds)', {
        partnerKinds: query.kind ? [query.kind] : PARTNER_KINDS,
      });
    }) as Promise<Page<PartnerView>>;
  }

  listOrganisations(query: ListOrganisationsQuery, scope: SchoolScope): Promise<Page<OrganisationView>> {
    return this.list(query, (builder) => {
      if (query.kind) builder.andWhere('organisation.kind = :kind', { kind: query.kind });
      if (scope !== null)
        builder.andWhere("(organisation.kind <> 'school' OR organisation.id = :scope)", { scope });
    });
  }

  getSchool(id: string, scope: SchoolScope): Promise<SchoolView> {
    return this.store.read(async (manager) => {
      const school = await findRecord(manager, Organisation, 'school', id, {
        visible: (o) => isSchool(o) && visibleIn(scope)(o),
      });
      return (await this.view(manager, school.id)) as SchoolView;
    });
  }

  getPartner(id: string): Promise<PartnerView> {
    return this.store.read(async (manager) => {
      const partner = await findRecord(manager, Organisation, 'partner', id, { visible: isPartner });
      return (await this.view(manager, partner.id)) as PartnerView;
    });
  }

  async createSchool(request: CreateSchoolRequest): Promise<SchoolView> {
    return (await this.register('school', request)) as SchoolView;
  }

  async createPartner(request: CreatePartnerRequest): Promise<PartnerView> {
    return (await this.register(request.kind, request)) as PartnerView;
  }

  /**
   * Registers an organisation of any kind and announces it: schools and partners with their own events,
   * the others (regional centre, authorities, foundations) as `registry.organisation.registered.v1`.
   */
  register(
    kind: OrganisationKind,
    fields: NewOrganisation & { municipalityId?: string | null },
  ): Promise<OrganisationView> {
    return this.store.write(async (tx) => {
      if (fields.municipalityId) await this.requireMunicipality(tx.manager, fields.municipalityId);
      const organisation = await tx.manager.save(
        tx.manager.create(Organisation, {
          kind,
          fullName: fields.fullName,
          shortName: fields.shortName,
          municipalityId: fields.municipalityId ?? null,
          address: fields.address ?? null,
          email: fields.email ?? null,
          phone: fields.phone ?? null,
          website: fields.website ?? null,
          siriusId: fields.siriusId ?? null,
          inn: fields.inn ?? null,
          active: fields.active ?? true,
        }),
      );
      publishRegistered(tx, organisation);
      return this.view(tx.manager, organisation.id);
    });
  }

  updateSchool(request: UpdateSchoolRequest, scope: SchoolScope): Promise<SchoolView> {
    return this.update(request, COMMON_FIELDS, {
      kind: 'school',
      visible: (o) => isSchool(o) && visibleIn(scope)(o),
      publish: (tx, school, changedFields) =>
        tx.publish(
          SCHOOL_UPDATED_V1,
          { ...schoolFacts(school), version: school.version, changedFields },
          { aggregateId: school.id },
        ),
    }) as Promise<SchoolView>;
  }

  updatePartner(request: UpdatePartnerRequest): Promise<PartnerView> {
    return this.update(request, PARTNER_FIELDS, {
      kind: 'partner',
      visible: isPartner,
      publish: (tx, partner, changedFields) =>
        tx.publish(
          PARTNER_UPDATED_V1,
          { ...partnerFacts(partner), version: partner.version, changedFields },
          { aggregateId: partner.id },
        ),
    }) as Promise<PartnerView>;
  }

  /** The organisation with this full name (the natural key the demo seed goes by), if registered. */
  findByFullName(fullName: string): Promise<Organisation | null> {
    return this.store.read((manager) => manager.findOneBy(Organisation, { fullName }));
  }

  private list(
    query: OrganisationListQuery,
    narrow: (builder: SelectQueryBuilder<Organisation>) => void,
  ): Promise<Page<OrganisationView>> {
    return this.store.read((manager) => {
      const builder = manager
        .createQueryBuilder(Organisation, 'organisation')
        .leftJoinAndSelect('organisation.municipality', 'municipality');
      narrow(builder);
      if (query.municipalityId)
        builder.andWhere('organisation.municipalityId = :municipalityId', {
          municipalityId: query.municipalityId,
        });
      if (query.active !== undefined)
        builder.andWhere('organisation.active = :active', { active: query.active });
      return viewPage(builder, query, ORGANISATION_PAGE, organisationView);
    });
  }

  private update(
    request: OrganisationUpdate & Partial<Record<OrganisationField, unknown>>,
    fields: readonly OrganisationField[],
    side: {
      kind: 'school' | 'partner';
      visible: (organisation: Organisation) => boolean;
      publish: (tx: TransactionContext, organisation: Organisation, changedFields: string[]) => void;
    },
  ): Promise<OrganisationView> {
    return this.store.write(async (tx) => {
      const organisation = await findRecord(tx.manager, Organisation, side.kind, request.id, {
        visible: side.visible,
        forUpdate: true,
      });
      expectVersion(organisation, request.expectedVersion, side.kind);
      const changed = applyChanges(organisation, request, fields);
      if (changed.includes('municipalityId') && organisation.municipalityId) {
        await this.requireMunicipality(tx.manager, organisation.municipalityId);
      }
      if (changed.length > 0) {
        await tx.manager.save(organisation);
        const saved = await tx.manager.findOneByOrFail(Organisation, { id: organisation.id });
        side.publish(tx, saved, changed);
      }
      return this.view(tx.manager, organisation.id);
    });
  }

  private async requireMunicipality(manager: EntityManager, id: string): Promise<void> {
    if (!(await manager.existsBy(Municipality, { id })))
      throw new RecordNotFound('municipality', id, 'municipalityId');
  }

  private async view(manager: EntityManager, id: string): Promise<OrganisationView> {
    const organisation = await manager.findOneOrFail(Organisation, {
      where: { id },
      relations: { municipality: true },
    });
    return organisationView(organisation);
  }
}

/** What a school's events say about it: ids and names of the organisation, nobody's personal data. */
function schoolFacts(school: Organisation) {
  return {
    schoolId: school.id,
    municipalityId: school.municipalityId as string,
    fullName: school.fullName,
    shortName: school.shortName,
    siriusId: school.siriusId ?? undefined,
    active: school.active,
  };
}

function partnerFacts(partner: Organisation) {
  if (!isPartnerKind(partner.kind)) throw new Error(`${partner.kind} is not a partner kind`);
  return {
    partnerId: partner.id,
    kind: partner.kind,
    municipalityId: partner.municipalityId ?? undefined,
    fullName: partner.fullName,
    shortName: partner.shortName,
    active: partner.active,
  };
}

function publishRegistered(tx: TransactionContext, organisation: Organisation): void {
  const options = { aggregateId: organisation.id };
  if (isSchool(organisation)) return tx.publish(SCHOOL_REGISTERED_V1, schoolFacts(organisation), options);
  if (isPartner(organisation)) return tx.publish(PARTNER_REGISTERED_V1, partnerFacts(organisation), options);
  tx.publish(
    ORGANISATION_REGISTERED_V1,
    {
      organisationId: organisation.id,
      kind: organisation.kind,
      municipalityId: organisation.municipalityId ?? undefined,
      fullName: organisation.fullName,
      shortName: organisation.shortName,
      active: organisation.active,
    },
    options,
  );
}
