import { Injectable } from '@nestjs/common';
import { withinScope, schoolFor, type Actor, type SchoolScope } from '@orbita/auth';
import { REGISTRATIONS_COUNTED_V1, type RegistrationsCountedV1 } from '@orbita/contracts';
import {
  INTEGRATION_RPC,
  type DecideMismatchCommand,
  type ListMismatchesQuery,
  type ListSchoolReconciliationsQuery,
  type MISMATCH_SORT_FIELDS,
  type MismatchView,
  type ReconcileCommand,
  type SchoolReconciliationView,
} from '@orbita/integration/rpc';
import { UnitOfWork, type EventContext } from '@orbita/messaging';
import { CodedException, CommonErrorCode, ValidationFailedException } from '@orbita/observability';
import { findPage } from '@orbita/persistence';
import { OnEvent, RpcHandler } from '@orbita/service-host';
import { DataSource } from 'typeorm';
import { School } from '../directory/school.entity';
import { MismatchDecisions } from './mismatch-decisions';
import { MismatchViews } from './mismatch-views';
import { mappedSchools, Reconciler } from './reconciler';
import { Mismatch } from './reconciliation.entities';

const schoolNotFound = (id: string) =>
  new CodedException(CommonErrorCode.NOT_FOUND, 404, `School ${id} does not exist`);

const SCHOOL_CHOICE = {
  notFound: schoolNotFound,
  required: () =>
    new ValidationFailedException([{ field: 'schoolId', message: 'Name the school (region-wide callers)' }]),
};

@Injectable()
export class ReconciliationHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly reconciler: Reconciler,
    private readonly views: MismatchViews,
    private readonly decisions: MismatchDecisions,
  ) {}

  /** After each successful sync run, every mapped school (the durable consumer `integration_reconciliation`). */
  @OnEvent(REGISTRATIONS_COUNTED_V1, { durable: 'reconciliation' })
  async afterSyncRun(counted: RegistrationsCountedV1, context: EventContext): Promise<void> {
    const rosters = await this.reconciler.rostersOf(await mappedSchools(context.manager), () =>
      context.working(),
    );
    await this.reconciler.apply(context, rosters, { runId: counted.runId, requestedBy: null });
  }

  /** A school account reconciles its own school; a region-wide caller one school, or every one. */
  @RpcHandler(INTEGRATION_RPC.reconcile)
  async reconcile(command: ReconcileCommand, actor: Actor, scope: SchoolScope) {
    const schoolId = scope === null ? command.schoolId : schoolFor(scope, command.schoolId, SCHOOL_CHOICE);
    const schools = await mappedSchools(this.dataSource.manager, schoolId);
    if (schoolId && schools.length === 0) {
      const known = await this.dataSource.manager.findOneBy(School, { id: schoolId });
      if (!known) throw schoolNotFound(schoolId);
      throw new CodedException(
        CommonErrorCode.CONFLICT,
        409,
        `School ${schoolId} is inactive or has no Sirius.Schools id: there is nothing to reconcile it with`,
      );
    }
    const rosters = await this.reconciler.rostersOf(schools);
    return this.unitOfWork.run((tx) =>
      this.reconciler.apply(tx, rosters, { runId: null, requestedBy: actor.userId }),
    );
  }

  @RpcHandler(INTEGRATION_RPC.listSchoolReconciliations)
  async listSchoolReconciliations(query: ListSchoolReconciliationsQuery, _actor: Actor, scope: SchoolScope) {
    const builder = this.dataSource
      .getRepository(School)
      .createQueryBuilder('school')
      .where('school.active AND school.siriusId IS NOT NULL');
    if (scope !== null) builder.andWhere('school.id = :scope', { scope });
    const page = await findPage(builder, query, {
      sortable: { name: 'school.shortName' },
      defaultSort: 'name',
      searchable: ['school.shortName', 'school.fullName'],
    });
    const ids = page.items.map((school) => school.id);
    const figures = ids.length
      ? await this.dataSource.query<
          Array<{ id: string; linked: number; open: number; reconciled_at: Date | null }>
        >(
          `SELECT s.id,
                  (SELECT count(*)::int FROM person_links l WHERE l.school_id = s.id AND l.status = 'linked') AS linked,
                  (SELECT count(*)::int FROM mismatches m WHERE m.school_id = s.id AND m.status = 'open') AS open,
                  (SELECT max(r.reconciled_at) FROM reconciliations r WHERE r.school_ids @> ARRAY[s.id]) AS reconciled_at
             FROM unnest($1::uuid[]) AS s(id)`,
          [ids],
        )
      : [];
    const of = new Map(figures.map((row) => [row.id, row]));
    return {
      ...page,
      items: page.items.map((school): SchoolReconciliationView => ({
        schoolId: school.id,
        schoolExternalId: school.siriusId ?? '',
        schoolName: school.shortName,
        linked: of.get(school.id)?.linked ?? 0,
        open: of.get(school.id)?.open ?? 0,
        reconciledAt: of.get(school.id)?.reconciled_at?.toISOString() ?? null,
      })),
    };
  }

  /** A school's mismatches (open ones unless asked otherwise), newest first. */
  @RpcHandler(INTEGRATION_RPC.listMismatches)
  async listMismatches(query: ListMismatchesQuery, _actor: Actor, scope: SchoolScope) {
    const schoolId = schoolFor(scope, query.schoolId, SCHOOL_CHOICE);
    const school = await this.dataSource.manager.findOneBy(School, { id: schoolId });
    if (!school) throw schoolNotFound(schoolId);
    const builder = this.dataSource
      .getRepository(Mismatch)
      .createQueryBuilder('mismatch')
      .where('mismatch.schoolId = :schoolId', { schoolId })
      .andWhere('mismatch.status = :status', { status: query.status ?? 'open' });
    if (query.kind) builder.andWhere('mismatch.kind = :kind', { kind: query.kind });
    const page = await findPage(builder, query, {
      sortable: { kind: 'mismatch.kind', detectedAt: 'mismatch.detectedAt' } satisfies Record<
        (typeof MISMATCH_SORT_FIELDS)[number],
        string
      >,
      defaultSort: '-detectedAt,kind',
    });
    return { ...page, items: await this.views.of(this.dataSource.manager, school, page.items) };
  }

  @RpcHandler(INTEGRATION_RPC.decideMismatch)
  async decideMismatch(
    command: DecideMismatchCommand,
    actor: Actor,
    scope: SchoolScope,
  ): Promise<MismatchView> {
    const decided = await this.decisions.decide(command, actor, (schoolId) => withinScope(scope, schoolId));
    const school = await this.dataSource.manager.findOneByOrFail(School, { id: decided.schoolId });
    const [view] = await this.views.of(this.dataSource.manager, school, [decided]);
    return view as MismatchView;
  }
}
