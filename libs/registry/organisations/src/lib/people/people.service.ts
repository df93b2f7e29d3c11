import { Injectable } from '@nestjs/common';
import { withinScope, type SchoolScope } from '@orbita/auth';
import {
  PERSON_REGISTERED_V1,
  PERSON_UPDATED_V1,
  type OrganisationKind,
  type Page,
  type PersonRole,
} from '@orbita/contracts';
import {
  PERSON_SORT_FIELDS,
  type CreatePersonRequest,
  type ListPeopleQuery,
  type PersonView,
  type UpdatePersonRequest,
} from '@orbita/registry/rpc';
import type { TransactionContext } from '@orbita/messaging';
import type { PageSpec } from '@orbita/persistence';
import type { EntityManager } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { applyChanges, expectVersion, findRecord } from '../shared/record-changes';
import { invalidField } from '../shared/registry-errors';
import { RegistryStore } from '../shared/registry-store';
import { viewPage, type SortColumns } from '../shared/view-page';
import { Person, personView } from './person.entity';

const PEOPLE_PAGE: PageSpec = {
  sortable: {
    surname: 'person.surname',
    name: 'person.name',
    email: 'person.email',
    position: 'person.position',
    organisationName: 'organisation.shortName',
    createdAt: 'person.createdAt',
    updatedAt: 'person.updatedAt',
    id: 'person.id',
  } satisfies SortColumns<typeof PERSON_SORT_FIELDS>,
  defaultSort: 'surname,name,id',
  searchable: ['person.surname', 'person.name', 'person.patronymic', 'person.email', 'person.position'],
};

const PERSON_FIELDS = [
  'organisationId',
  'surname',
  'name',
  'patronymic',
  'position',
  'email',
  'phone',
  'roles',
  'active',
] as const satisfies readonly (keyof Person)[];

/**
 * Roles that only make sense in one kind of organisation. An account's role follows from the person's,
 * and school-scoped accounts take their school from the person's organisation, so a teacher outside a
 * school (or regional staff at a school) would become an account with the wrong reach.
 */
const ROLE_ORGANISATION_KINDS: Partial<Record<PersonRole, readonly OrganisationKind[]>> = {
  regional_staff: ['regional_centre'],
  school_coordinator: ['school'],
  teacher: ['school'],
};

/** A school-scoped caller sees the people of its own school only. */
const visibleIn = (scope: SchoolScope) => (person: Person) => withinScope(scope, person.organisationId);

/** People of the region's organisations: their personal data never leaves the caller's school scope. */
@Injectable()
export class PeopleService {
  constructor(private readonly store: RegistryStore) {}

  list(query: ListPeopleQuery, scope: SchoolScope): Promise<Page<PersonView>> {
    return this.store.read((manager) => {
      const builder = manager
        .createQueryBuilder(Person, 'person')
        .innerJoinAndSelect('person.organisation', 'organisation');
      if (scope !== null) builder.andWhere('person.organisationId = :scope', { scope });
      if (query.organisationId)
        builder.andWhere('person.organisationId = :organisationId', { organisationId: query.organisationId });
      if (query.role) builder.andWhere(':role = ANY(person.roles)', { role: query.role });
      if (query.active !== undefined) builder.andWhere('person.active = :active', { active: query.active });
      return viewPage(builder, query, PEOPLE_PAGE, personView);
    });
  }

  get(id: string, scope: SchoolScope): Promise<PersonView> {
    return this.store.read(async (manager) => {
      await findRecord(manager, Person, 'person', id, { visible: visibleIn(scope) });
      return this.view(manager, id);
    });
  }

  create(request: CreatePersonRequest, scope: SchoolScope): Promise<PersonView> {
    return this.store.write(async (tx) => {
      const organisation = await this.organisationFor(tx.manager, request.organisationId, scope);
      checkRolesFit(request.roles, organisation);
      const person = await tx.manager.save(
        tx.manager.create(Person, {
          organisationId: organisation.id,
          surname: request.surname,
          name: request.name,
          patronymic: request.patronymic ?? null,
          position: request.position ?? null,
          email: request.email ?? null,
          phone: request.phone ?? null,
          roles: request.roles,
          active: true,
        }),
      );
      tx.publish(PERSON_REGISTERED_V1, personFacts(person, organisation), { aggregateId: person.id });
      return this.view(tx.manager, person.id);
    });
  }

  update(request: UpdatePersonRequest, scope: SchoolScope): Promise<PersonView> {
    return this.store.write(async (tx) => {
      const person = await findRecord(tx.manager, Person, 'person', request.id, {
        visible: visibleIn(scope),
        forUpdate: true,
      });
      expectVersion(person, request.expectedVersion, 'person');
      const changed = applyChanges(person, request, PERSON_FIELDS);
      return this.saveChanges(tx, person, changed, scope);
    });
  }

  /** Idempotent: deactivating an inactive person changes nothing and publishes nothing. */
  deactivate(id: string, scope: SchoolScope): Promise<PersonView> {
    return this.store.write(async (tx) => {
      const person = await findRecord(tx.manager, Person, 'person', id, {
        visible: visibleIn(scope),
        forUpdate: true,
      });
      return this.saveChanges(tx, person, applyChanges(person, { active: false }, ['active']), scope);
    });
  }

  /** The person with this e-mail (the demo seed's natural key), if registered. */
  findByEmail(email: string): Promise<Person | null> {
    return this.store.read((manager) => manager.findOneBy(Person, { email: email.toLowerCase() }));
  }

  private async saveChanges(
    tx: TransactionContext,
    person: Person,
    changed: string[],
    scope: SchoolScope,
  ): Promise<PersonView> {
    if (changed.length > 0) {
      const organisation = await this.organisationFor(tx.manager, person.organisationId, scope);
      checkRolesFit(person.roles, organisation);
      await tx.manager.save(person);
      const saved = await tx.manager.findOneByOrFail(Person, { id: person.id });
      tx.publish(
        PERSON_UPDATED_V1,
        { ...personFacts(saved, organisation), version: saved.version, changedFields: changed },
        { aggregateId: person.id },
      );
    }
    return this.view(tx.manager, person.id);
  }

  /** The organisation a person is (to be) at; one outside the caller's school is "not found". */
  private organisationFor(
    manager: EntityManager,
    organisationId: string,
    scope: SchoolScope,
  ): Promise<Organisation> {
    return findRecord(manager, Organisation, 'organisation', organisationId, {
      visible: (organisation) => withinScope(scope, organisation.id),
      field: 'organisationId',
    });
  }

  private async view(manager: EntityManager, id: string): Promise<PersonView> {
    return personView(
      await manager.findOneOrFail(Person, { where: { id }, relations: { organisation: true } }),
    );
  }
}

function checkRolesFit(roles: readonly PersonRole[], organisation: Organisation): void {
  for (const role of roles) {
    const kinds = ROLE_ORGANISATION_KINDS[role];
    if (kinds && !kinds.includes(organisation.kind)) {
      throw invalidField(
        'roles',
        `${role} is a role for people of a ${kinds.join(' or ')}, not of a ${organisation.kind}`,
      );
    }
  }
}

/**
 * What the person's events carry: ids, roles, the e-mail (notifications write to it) and whether the
 * person is active. Never the names or the phone (152-ФЗ: personal data only where it is needed).
 */
function personFacts(person: Person, organisation: Organisation) {
  return {
    personId: person.id,
    organisationId: organisation.id,
    schoolId: organisation.kind === 'school' ? organisation.id : undefined,
    roles: person.roles,
    email: person.email ?? undefined,
    active: person.active,
  };
}
