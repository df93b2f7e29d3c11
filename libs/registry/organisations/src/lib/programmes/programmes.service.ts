import { Injectable } from '@nestjs/common';
import { withinScope, type SchoolScope } from '@orbita/auth';
import { PROGRAMME_PARTICIPATION_CHANGED_V1, type Page } from '@orbita/contracts';
import {
  PARTICIPATION_SORT_FIELDS,
  PROGRAMME_SORT_FIELDS,
  type AddParticipationRequest,
  type CreateProgrammeRequest,
  type ListParticipationQuery,
  type ListProgrammesQuery,
  type ParticipationView,
  type ProgrammeView,
  type RemoveParticipationRequest,
  type UpdateProgrammeRequest,
} from '@orbita/registry/rpc';
import type { TransactionContext } from '@orbita/messaging';
import type { PageSpec } from '@orbita/persistence';
import type { EntityManager } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { applyChanges, expectVersion, findRecord } from '../shared/record-changes';
import { invalidField } from '../shared/registry-errors';
import { RegistryStore } from '../shared/registry-store';
import { viewPage, type SortColumns } from '../shared/view-page';
import { Participation, participationView } from './participation.entity';
import { Programme, programmeView } from './programme.entity';

const PROGRAMME_PAGE: PageSpec = {
  sortable: {
    title: 'programme.title',
    code: 'programme.code',
    createdAt: 'programme.createdAt',
    id: 'programme.id',
  } satisfies SortColumns<typeof PROGRAMME_SORT_FIELDS>,
  defaultSort: 'title,id',
  searchable: ['programme.title', 'programme.shortName', 'programme.code'],
};

const PARTICIPATION_PAGE: PageSpec = {
  sortable: {
    schoolYear: 'participation.schoolYear',
    schoolName: 'school.shortName',
    programmeCode: 'programme.code',
    createdAt: 'participation.createdAt',
    id: 'participation.id',
  } satisfies SortColumns<typeof PARTICIPATION_SORT_FIELDS>,
  defaultSort: '-schoolYear,schoolName,id',
  searchable: ['school.shortName', 'school.fullName'],
};

const PROGRAMME_FIELDS = ['title', 'shortName', 'description'] as const;

/** A school-scoped caller sees its own school's participation only. */
const visibleIn = (scope: SchoolScope) => (participation: Participation) =>
  withinScope(scope, participation.schoolId);

/**
 * Programmes (region-level reference data) and which schools take part in which, per school year. Every
 * change of participation goes out as `registry.programme-participation.changed.v1`.
 */
@Injectable()
export class ProgrammesService {
  constructor(private readonly store: RegistryStore) {}

  list(query: ListProgrammesQuery): Promise<Page<ProgrammeView>> {
    return this.store.read((manager) =>
      viewPage(manager.createQueryBuilder(Programme, 'programme'), query, PROGRAMME_PAGE, programmeView),
    );
  }

  get(id: string): Promise<ProgrammeView> {
    return this.store.read(async (manager) =>
      programmeView(await findRecord(manager, Programme, 'programme', id)),
    );
  }

  create(request: CreateProgrammeRequest): Promise<ProgrammeView> {
    return this.store.write(async (tx) => {
      const programme = tx.manager.create(Programme, {
        code: request.code,
        title: request.title,
        shortName: request.shortName ?? null,
        description: request.description ?? null,
      });
      return programmeView(await tx.manager.save(programme));
    });
  }

  update(request: UpdateProgrammeRequest): Promise<ProgrammeView> {
    return this.store.write(async (tx) => {
      const programme = await findRecord(tx.manager, Programme, 'programme', request.id, { forUpdate: true });
      expectVersion(programme, request.expectedVersion, 'programme');
      if (applyChanges(programme, request, PROGRAMME_FIELDS).length > 0) await tx.manager.save(programme);
      return programmeView(await tx.manager.findOneByOrFail(Programme, { id: programme.id }));
    });
  }

  listParticipation(query: ListParticipationQuery, scope: SchoolScope): Promise<Page<ParticipationView>> {
    return this.store.read((manager) => {
      const builder = manager
        .createQueryBuilder(Participation, 'participation')
        .innerJoinAndSelect('participation.programme', 'programme')
        .innerJoinAndSelect('participation.school', 'school');
      if (scope !== null) builder.andWhere('participation.schoolId = :scope', { scope });
      if (query.programmeId)
        builder.andWhere('participation.programmeId = :programmeId', { programmeId: query.programmeId });
      if (query.schoolId)
        builder.andWhere('participation.schoolId = :schoolId', { schoolId: query.schoolId });
      if (query.schoolYear !== undefined)
        builder.andWhere('participation.schoolYear = :schoolYear', { schoolYear: query.schoolYear });
      return viewPage(builder, query, PARTICIPATION_PAGE, participationView);
    });
  }

  addParticipation(request: AddParticipationRequest, scope: SchoolScope): Promise<ParticipationView> {
    return this.store.write(async (tx) => {
      const programme = await findRecord(tx.manager, Programme, 'programme', request.programmeId, {
        field: 'programmeId',
      });
      const school = await findRecord(tx.manager, Organisation, 'school', request.schoolId, {
        visible: (organisation) => organisation.kind === 'school' && withinScope(scope, organisation.id),
        field: 'schoolId',
      });
      if (request.coordinatorPersonId)
        await requireCoordinatorAt(tx.manager, request.coordinatorPersonId, school, scope);
      const participation = await tx.manager.save(
        tx.manager.create(Participation, {
          programmeId: programme.id,
          schoolId: school.id,
          schoolYear: request.schoolYear,
          role: request.role,
          coordinatorPersonId: request.coordinatorPersonId ?? null,
        }),
      );
      publishChange(tx, 'added', participation, programme);
      return this.view(tx.manager, participation.id);
    });
  }

  removeParticipation(request: RemoveParticipationRequest, scope: SchoolScope): Promise<ParticipationView> {
    const { id, programmeId } = request;
    return this.store.write(async (tx) => {
      await findRecord(tx.manager, Participation, 'participation', id, {
        visible: (participation) =>
          visibleIn(scope)(participation) && (!programmeId || participation.programmeId === programmeId),
        forUpdate: true,
      });
      const participation = await tx.manager.findOneOrFail(Participation, {
        where: { id },
        relations: { programme: true, school: true },
      });
      await tx.manager.delete(Participation, { id });
      publishChange(tx, 'removed', participation, participation.programme as Programme);
      return participationView(participation);
    });
  }

  /** The programme with this code (the demo seed's natural key), if registered. */
  findByCode(code: string): Promise<Programme | null> {
    return this.store.read((manager) => manager.findOneBy(Programme, { code }));
  }

  /** A school's participation in a programme in a school year (the demo seed's natural key), if any. */
  findParticipation(
    programmeId: string,
    schoolId: string,
    schoolYear: number,
  ): Promise<Participation | null> {
    return this.store.read((manager) =>
      manager.findOneBy(Participation, { programmeId, schoolId, schoolYear }),
    );
  }

  private async view(manager: EntityManager, id: string): Promise<ParticipationView> {
    return participationView(
      await manager.findOneOrFail(Participation, {
        where: { id },
        relations: { programme: true, school: true },
      }),
    );
  }
}

/** The coordinator of a school's participation is one of that school's people. */
async function requireCoordinatorAt(
  manager: EntityManager,
  personId: string,
  school: Organisation,
  scope: SchoolScope,
): Promise<void> {
  const person = await findRecord(manager, Person, 'person', personId, {
    visible: (candidate) => withinScope(scope, candidate.organisationId),
    field: 'coordinatorPersonId',
  });
  if (person.organisationId !== school.id)
    throw invalidField('coordinatorPersonId', 'must be a person of the participating school');
}

function publishChange(
  tx: TransactionContext,
  change: 'added' | 'removed',
  participation: Participation,
  programme: Programme,
): void {
  tx.publish(
    PROGRAMME_PARTICIPATION_CHANGED_V1,
    {
      participationId: participation.id,
      change,
      programmeId: programme.id,
      programmeCode: programme.code,
      schoolId: participation.schoolId,
      schoolYear: participation.schoolYear,
      role: participation.role,
      coordinatorPersonId: participation.coordinatorPersonId ?? undefined,
    },
    // Keyed by school: a school's joins and leaves reach consumers in the order they happened.
    { aggregateId: participation.schoolId },
  );
}
