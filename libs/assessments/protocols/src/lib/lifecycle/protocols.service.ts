import { Injectable } from '@nestjs/common';
import { InvalidTransition, ProtocolNotFound, ProtocolVersionNotFound } from '@orbita/assessments/core';
import type { ListProtocolRowsQuery, ListProtocolsQuery, ProtocolRowView, ProtocolVersionView, ProtocolView } from '@orbita/assessments/rpc';
import type { SchoolScope } from '@orbita/auth';
import { PROTOCOL_ACCEPTED_V1, PROTOCOL_RETURNED_V1, type Page, type ProtocolRowV1 } from '@orbita/contracts';
import { UnitOfWork, type TransactionContext } from '@orbita/messaging';
import { findPage } from '@orbita/persistence';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Protocol, ProtocolRow, ProtocolVersion } from '../entities/protocol.entity';
import { protocolVersionView, protocolView } from '../entities/protocol-views';
import { publishSubmission, versionRef } from './protocol-events';

/**
 * Protocols after intake: reading them (a school account sees its own school's only; another school's
 * protocol answers 404 like a missing one) and their lifecycle: draft → submitted → accepted, or
 * returned with a comment (the school then uploads a new version).
 */
@Injectable()
export class ProtocolsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(query: ListProtocolsQuery, scope: SchoolScope): Promise<Page<ProtocolView>> {
    const builder = this.dataSource.manager.createQueryBuilder(Protocol, 'protocol');
    const schoolId = scope ?? query.schoolId;
    if (scope !== null && query.schoolId && query.schoolId !== scope) builder.andWhere('false');
    if (schoolId) builder.andWhere('protocol.schoolId = :schoolId', { schoolId });
    if (query.workId) builder.andWhere('protocol.workId = :workId', { workId: query.workId });
    if (query.status) builder.andWhere('protocol.status = :status', { status: query.status });
    const page = await findPage(builder, query, {
      sortable: { updatedAt: 'protocol.updatedAt', createdAt: 'protocol.createdAt', status: 'protocol.status', id: 'protocol.id' },
      defaultSort: '-updatedAt,id',
    });
    const currentIds = page.items.flatMap((protocol) => (protocol.currentVersionId ? [protocol.currentVersionId] : []));
    const versions = await this.dataSource.manager.findBy(ProtocolVersion, { id: In(currentIds) });
    const byId = new Map(versions.map((version) => [version.id, version]));
    // A committed protocol has its current version (a foreign key): flatMap only satisfies the type.
    const items = page.items.flatMap((protocol) => {
      const version = protocol.currentVersionId ? byId.get(protocol.currentVersionId) : undefined;
      return version ? [protocolView(protocol, version)] : [];
    });
    return { ...page, items };
  }

  async get(id: string, scope: SchoolScope): Promise<ProtocolView> {
    const protocol = await this.visible(this.dataSource.manager, id, scope);
    return protocolView(protocol, await currentVersionOf(this.dataSource.manager, protocol));
  }

  async versions(id: string, scope: SchoolScope): Promise<ProtocolVersionView[]> {
    await this.visible(this.dataSource.manager, id, scope);
    const versions = await this.dataSource.manager.find(ProtocolVersion, { where: { protocolId: id }, order: { number: 'ASC' } });
    return versions.map(protocolVersionView);
  }

  async rows(query: ListProtocolRowsQuery, scope: SchoolScope): Promise<Page<ProtocolRowView>> {
    const protocol = await this.visible(this.dataSource.manager, query.id, scope);
    const versionId = query.versionId ?? (await currentVersionOf(this.dataSource.manager, protocol)).id;
    if (!(await this.dataSource.manager.existsBy(ProtocolVersion, { id: versionId, protocolId: protocol.id }))) {
      throw new ProtocolVersionNotFound(versionId);
    }
    const builder = this.dataSource.manager.createQueryBuilder(ProtocolRow, 'r').where('r.versionId = :versionId', { versionId });
    if (query.classLabel !== undefined) builder.andWhere('r.classLabel = :classLabel', { classLabel: query.classLabel });
    const page = await findPage(builder, query, {
      sortable: { row: 'r.rowNumber', participantCode: 'r.participantCode', classLabel: 'r.classLabel', total: 'r.total' },
      defaultSort: 'row',
      searchable: ['r.participantCode', 'r.classLabel'],
    });
    return { ...page, items: page.items.map(({ rowNumber, participantCode, classLabel, scores, total }) => ({ row: rowNumber, participantCode, classLabel, scores, total })) };
  }

  async submit(id: string, scope: SchoolScope, actorId: string): Promise<ProtocolView> {
    return this.unitOfWork.run(async (tx) => {
      const { protocol, version } = await this.locked(tx.manager, id, scope);
      if (version.status !== 'draft') throw new InvalidTransition('submitted', version.status);
      const rows = await tx.manager.find(ProtocolRow, { where: { versionId: version.id }, order: { rowNumber: 'ASC' } });
      return this.submitIn(tx, protocol, version, rows, actorId);
    });
  }

  /** Submits a draft version inside the caller's transaction (the upload does it in its own). */
  async submitIn(
    tx: TransactionContext,
    protocol: Protocol,
    version: ProtocolVersion,
    rows: readonly ProtocolRowV1[],
    actorId: string,
  ): Promise<ProtocolView> {
    const at = new Date();
    Object.assign(version, { status: 'submitted', submittedBy: actorId, submittedAt: at });
    Object.assign(protocol, { status: 'submitted', updatedAt: at });
    await tx.manager.update(ProtocolVersion, version.id, { status: version.status, submittedBy: actorId, submittedAt: at });
    await tx.manager.update(Protocol, protocol.id, { status: protocol.status, updatedAt: at });
    publishSubmission(tx, protocol, version, rows.map(rowOfEvent), actorId, at);
    return protocolView(protocol, version);
  }

  async accept(id: string, actorId: string): Promise<ProtocolView> {
    return this.review(id, actorId, 'accepted', (tx, protocol, version, at) =>
      tx.publish(PROTOCOL_ACCEPTED_V1, versionRef(protocol, version, actorId, at), { aggregateId: protocol.id }),
    );
  }

  async return(id: string, comment: string, actorId: string): Promise<ProtocolView> {
    return this.review(id, actorId, 'returned', (tx, protocol, version, at) =>
      tx.publish(PROTOCOL_RETURNED_V1, { ...versionRef(protocol, version, actorId, at), comment }, { aggregateId: protocol.id }),
      comment,
    );
  }

  private async review(
    id: string,
    actorId: string,
    status: 'accepted' | 'returned',
    announce: (tx: TransactionContext, protocol: Protocol, version: ProtocolVersion, at: Date) => void,
    comment: string | null = null,
  ): Promise<ProtocolView> {
    return this.unitOfWork.run(async (tx) => {
      // Reviews are region-only (the contract's scope; the host refuses school accounts): no school scope.
      const { protocol, version } = await this.locked(tx.manager, id, null);
      if (version.status !== 'submitted') throw new InvalidTransition(status, version.status);
      const at = new Date();
      Object.assign(version, { status, reviewedBy: actorId, reviewedAt: at, comment });
      Object.assign(protocol, { status, updatedAt: at });
      await tx.manager.update(ProtocolVersion, version.id, { status, reviewedBy: actorId, reviewedAt: at, comment });
      await tx.manager.update(Protocol, protocol.id, { status, updatedAt: at });
      announce(tx, protocol, version, at);
      return protocolView(protocol, version);
    });
  }

  /** The protocol if the caller may see it (404 otherwise, whether missing or another school's). */
  private async visible(manager: EntityManager, id: string, scope: SchoolScope, lock = false): Promise<Protocol> {
    const protocol = await manager.findOne(Protocol, {
      where: { id, ...(scope !== null && { schoolId: scope }) },
      ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
    });
    if (!protocol) throw new ProtocolNotFound(id);
    return protocol;
  }

  private async locked(manager: EntityManager, id: string, scope: SchoolScope): Promise<{ protocol: Protocol; version: ProtocolVersion }> {
    const protocol = await this.visible(manager, id, scope, true);
    return { protocol, version: await currentVersionOf(manager, protocol) };
  }
}

/** The protocol's current version. None is seen outside the transaction that creates a protocol: as if it did not exist. */
async function currentVersionOf(manager: EntityManager, protocol: Protocol): Promise<ProtocolVersion> {
  if (protocol.currentVersionId === null) throw new ProtocolNotFound(protocol.id);
  return manager.findOneByOrFail(ProtocolVersion, { id: protocol.currentVersionId });
}

const rowOfEvent = ({ participantCode, classLabel, scores, total }: ProtocolRowV1): ProtocolRowV1 => ({ participantCode, classLabel, scores, total });
