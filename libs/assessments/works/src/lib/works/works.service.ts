import { Injectable } from '@nestjs/common';
import type {
  CreateWorkCommand,
  ListWorksQuery,
  ReviseWorkCommand,
  RevisedWorkView,
  WorkBlueprint,
  WorkVersionSummaryView,
  WorkVersionView,
  WorkView,
} from '@orbita/assessments/rpc';
import type { SchoolScope } from '@orbita/auth';
import { WORK_PUBLISHED_V1, type Page } from '@orbita/contracts';
import { UnitOfWork, type TransactionContext } from '@orbita/messaging';
import { findPage } from '@orbita/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { SchoolNotExpected, StaleWorkVersion, WorkNotFound, WorkVersionNotFound } from './works-errors';
import { checkBlueprint, maxTotalOf } from './blueprint-rules';
import { Work, WorkVersion } from './work.entity';
import { versionView, workView } from './work-views';

/**
 * Diagnostic works and their blueprint versions. Creating a work publishes version 1; a revision changes
 * the current version in place while no protocol refers to it, else publishes the next version; each
 * publication (in place or not) goes out as `assessments.work.published.v1` in the same transaction.
 */
@Injectable()
export class WorksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async create(command: CreateWorkCommand, by: string | null, id: string = randomUUID()): Promise<WorkView> {
    checkBlueprint(command);
    return this.unitOfWork.run(async (tx) => {
      const now = new Date();
      const work = tx.manager.create(Work, { id, currentVersion: 1, createdAt: now, updatedAt: now });
      await tx.manager.insert(Work, work);
      const version = await this.insertVersion(tx, work.id, 1, command, by);
      return workView(work, version, [summaryOf(version)]);
    });
  }

  /**
   * `revise`: the current version in place while no protocol refers to it, else the next version;
   * `new-version`: the next version always.
   */
  async revise(command: ReviseWorkCommand, by: string | null, mode: 'revise' | 'new-version'): Promise<RevisedWorkView> {
    checkBlueprint(command);
    return this.unitOfWork.run(async (tx) => {
      const work = await tx.manager.findOne(Work, { where: { id: command.id }, lock: { mode: 'pessimistic_write' } });
      if (!work) throw new WorkNotFound(command.id);
      if (work.currentVersion !== command.expectedVersion) {
        throw new StaleWorkVersion(`The work is at version ${work.currentVersion}, not ${command.expectedVersion}: reload it and apply the change again`);
      }
      const changedInPlace = mode === 'revise' && (await this.changeInPlace(tx, work, command, by));
      if (!changedInPlace) {
        work.currentVersion += 1;
        await this.insertVersion(tx, work.id, work.currentVersion, command, by);
      }
      work.updatedAt = new Date();
      await tx.manager.update(Work, work.id, { currentVersion: work.currentVersion, updatedAt: work.updatedAt });
      return { work: await this.viewOf(tx.manager, work), changedInPlace };
    });
  }

  async get(id: string, scope: SchoolScope): Promise<WorkView> {
    const work = await this.dataSource.manager.findOneBy(Work, { id });
    if (!work) throw new WorkNotFound(id);
    const view = await this.viewOf(this.dataSource.manager, work);
    if (scope !== null && !view.schoolIds.includes(scope)) throw new WorkNotFound(id);
    return view;
  }

  async getVersion(id: string, version: number, scope: SchoolScope): Promise<WorkVersionView> {
    await this.get(id, scope);
    const found = await this.dataSource.manager.findOneBy(WorkVersion, { workId: id, version });
    if (!found) throw new WorkVersionNotFound(id, version);
    return versionView(found);
  }

  async list(query: ListWorksQuery, scope: SchoolScope): Promise<Page<WorkView>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(WorkVersion, 'v')
      .where('v.version = (SELECT w.current_version FROM works w WHERE w.id = v.work_id)');
    if (query.schoolYear !== undefined) builder.andWhere('v.schoolYear = :schoolYear', { schoolYear: query.schoolYear });
    if (query.kind) builder.andWhere('v.kind = :kind', { kind: query.kind });
    if (query.subject) builder.andWhere('v.subject = :subject', { subject: query.subject });
    if (query.grade !== undefined) builder.andWhere(':grade = ANY(v.grades)', { grade: query.grade });
    for (const [index, school] of [query.schoolId, scope].filter((id): id is string => !!id).entries()) {
      builder.andWhere(`:school${index}::uuid = ANY(v.school_ids)`, { [`school${index}`]: school });
    }
    if (query.open !== undefined) {
      builder.andWhere(`${query.open ? '' : 'NOT '}(CURRENT_DATE BETWEEN v.window_from AND v.window_to)`);
    }
    const page = await findPage(builder, query, {
      sortable: {
        title: 'v.title',
        schoolYear: 'v.schoolYear',
        windowFrom: 'v.windowFrom',
        subject: 'v.subject',
        kind: 'v.kind',
        publishedAt: 'v.publishedAt',
        id: 'v.workId',
      },
      defaultSort: '-schoolYear,windowFrom,title,id',
      searchable: ['v.title'],
    });
    const ids = page.items.map((version) => version.workId);
    const works = new Map((await this.dataSource.manager.findBy(Work, { id: In(ids) })).map((work) => [work.id, work]));
    const summaries = await this.summariesOf(this.dataSource.manager, ids);
    // Every version has its work (a foreign key): flatMap only satisfies the type.
    const items = page.items.flatMap((version) => {
      const work = works.get(version.workId);
      return work ? [workView(work, version, summaries.get(version.workId) ?? [])] : [];
    });
    return { ...page, items };
  }

  /**
   * The current blueprint a school's protocol is checked against: 404 when the work does not exist or
   * the caller cannot see it, 409 when the work does not expect the school.
   */
  async currentFor(workId: string, schoolId: string, scope: SchoolScope): Promise<WorkVersion> {
    const work = await this.dataSource.manager.findOneBy(Work, { id: workId });
    if (!work) throw new WorkNotFound(workId);
    const version = await this.dataSource.manager.findOneByOrFail(WorkVersion, { workId, version: work.currentVersion });
    if (!version.schoolIds.includes(schoolId)) {
      if (scope !== null) throw new WorkNotFound(workId);
      throw new SchoolNotExpected(schoolId);
    }
    return version;
  }

  /**
   * A protocol version now refers to `version` (checked at `revision`): it is never changed in place
   * again. Fails with 409 when it was changed in place since the rows were checked.
   */
  async claim(manager: EntityManager, version: Pick<WorkVersion, 'workId' | 'version' | 'revision'>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(WorkVersion)
      .set({ protocolCount: () => 'protocol_count + 1' })
      .where({ workId: version.workId, version: version.version, revision: version.revision })
      .execute();
    if (!result.affected) {
      throw new StaleWorkVersion('The work’s blueprint changed while the file was being checked: upload the file again');
    }
  }

  /** A protocol version that referred to `version` is gone (a replaced draft). */
  async release(manager: EntityManager, workId: string, version: number): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(WorkVersion)
      .set({ protocolCount: () => 'protocol_count - 1' })
      .where({ workId, version })
      .execute();
  }

  private async changeInPlace(tx: TransactionContext, work: Work, blueprint: WorkBlueprint, by: string | null): Promise<boolean> {
    const result = await tx.manager
      .createQueryBuilder()
      .update(WorkVersion)
      .set({ ...this.versionFields(blueprint, by), revision: () => 'revision + 1' })
      .where({ workId: work.id, version: work.currentVersion, protocolCount: 0 })
      .execute();
    if (!result.affected) return false;
    this.announce(tx, await tx.manager.findOneByOrFail(WorkVersion, { workId: work.id, version: work.currentVersion }));
    return true;
  }

  private async insertVersion(tx: TransactionContext, workId: string, number: number, blueprint: WorkBlueprint, by: string | null): Promise<WorkVersion> {
    const version = tx.manager.create(WorkVersion, { workId, version: number, ...this.versionFields(blueprint, by), protocolCount: 0, revision: 1 });
    await tx.manager.insert(WorkVersion, version);
    this.announce(tx, version);
    return version;
  }

  private versionFields(blueprint: WorkBlueprint, by: string | null) {
    return {
      kind: blueprint.kind,
      title: blueprint.title,
      subject: blueprint.subject,
      grades: [...blueprint.grades].sort((a, b) => a - b),
      schoolYear: blueprint.schoolYear,
      windowFrom: blueprint.windowFrom,
      windowTo: blueprint.windowTo,
      tasks: [...blueprint.tasks].sort((a, b) => a.number - b.number).map(({ number, label, maxScore, topic }) => ({ number, label, maxScore, ...(topic && { topic }) })),
      levels: [...blueprint.levels].sort((a, b) => a.minTotal - b.minTotal).map(({ code, label, minTotal }) => ({ code, label, minTotal })),
      schoolIds: blueprint.schoolIds,
      openCodes: blueprint.openCodes ?? false,
      maxTotal: maxTotalOf(blueprint),
      publishedAt: new Date(),
      publishedBy: by,
    };
  }

  private announce(tx: TransactionContext, version: WorkVersion): void {
    tx.publish(
      WORK_PUBLISHED_V1,
      {
        workId: version.workId,
        version: version.version,
        kind: version.kind,
        title: version.title,
        subject: version.subject,
        grades: version.grades,
        schoolYear: version.schoolYear,
        windowFrom: version.windowFrom,
        windowTo: version.windowTo,
        tasks: version.tasks,
        levels: version.levels,
        schoolIds: version.schoolIds,
      },
      { aggregateId: version.workId },
    );
  }

  private async viewOf(manager: EntityManager, work: Work): Promise<WorkView> {
    const current = await manager.findOneByOrFail(WorkVersion, { workId: work.id, version: work.currentVersion });
    return workView(work, current, (await this.summariesOf(manager, [work.id])).get(work.id) ?? []);
  }

  private async summariesOf(manager: EntityManager, workIds: string[]): Promise<Map<string, WorkVersionSummaryView[]>> {
    const versions = workIds.length
      ? await manager.find(WorkVersion, {
          select: { workId: true, version: true, publishedAt: true, protocolCount: true },
          where: { workId: In(workIds) },
          order: { version: 'ASC' },
        })
      : [];
    const byWork = new Map<string, WorkVersionSummaryView[]>();
    for (const version of versions) {
      byWork.set(version.workId, [...(byWork.get(version.workId) ?? []), summaryOf(version)]);
    }
    return byWork;
  }
}

const summaryOf = (version: Pick<WorkVersion, 'version' | 'publishedAt' | 'protocolCount'>): WorkVersionSummaryView => ({
  version: version.version,
  publishedAt: version.publishedAt.toISOString(),
  protocolCount: version.protocolCount,
});
