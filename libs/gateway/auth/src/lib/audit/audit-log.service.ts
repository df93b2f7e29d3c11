import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@orbita/auth';
import type { Page } from '@orbita/contracts';
import { currentCorrelationId } from '@orbita/observability';
import { findPage } from '@orbita/persistence';
import { DataSource } from 'typeorm';
import type { AuditAction } from './audit-action';
import { AuditEvent, type AuditDetails } from './audit-event.entity';
import { AuditEventView } from './dto/audit-event.view';
import type { ListAuditEventsQuery } from './dto/list-audit-events.query';

/** The request an event happened in. */
export interface AuditRequest {
  readonly method: string;
  readonly url: string;
  readonly ip?: string;
}

export interface AuditEntry {
  readonly action: AuditAction;
  /** Who acted; only the id when that is all the event knows (a reused refresh token). */
  readonly actor?: (Pick<Actor, 'userId'> & Partial<Pick<Actor, 'role' | 'schoolId'>>) | null;
  readonly resourceType?: string | null;
  readonly resourceId?: string | null;
  readonly request?: AuditRequest;
  readonly status?: number;
  readonly details?: AuditDetails;
}

/** The append-only audit log: recording (with the current correlation id) and the admins' query. */
@Injectable()
export class AuditLog {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.dataSource.getRepository(AuditEvent).insert({
      action: entry.action,
      actorId: entry.actor?.userId ?? null,
      actorRole: entry.actor?.role ?? null,
      actorSchoolId: entry.actor?.schoolId ?? null,
      resourceType: entry.resourceType ?? null,
      resourceId: entry.resourceId ?? null,
      method: entry.request?.method ?? null,
      // The query string may carry personal data (search terms); the path says what was touched.
      path: entry.request?.url.split('?')[0] ?? null,
      status: entry.status ?? null,
      ip: entry.request?.ip ?? null,
      correlationId: currentCorrelationId() ?? null,
      details: entry.details ?? null,
    });
  }

  async list(query: ListAuditEventsQuery): Promise<Page<AuditEventView>> {
    const builder = this.dataSource.getRepository(AuditEvent).createQueryBuilder('event');
    if (query.actorId) builder.andWhere('event.actorId = :actorId', { actorId: query.actorId });
    if (query.resourceType)
      builder.andWhere('event.resourceType = :resourceType', { resourceType: query.resourceType });
    if (query.resourceId)
      builder.andWhere('event.resourceId = :resourceId', { resourceId: query.resourceId });
    if (query.action) builder.andWhere('event.action = :action', { action: query.action });
    if (query.from) builder.andWhere('event.occurredAt >= :from', { from: query.from });
    if (query.to) builder.andWhere('event.occurredAt < :to', { to: query.to });
    const page = await findPage(builder, query, {
      sortable: { occurredAt: 'event.occurredAt', id: 'event.id' },
      defaultSort: '-occurredAt,id',
    });
    return { ...page, items: page.items.map(AuditEventView.of) };
  }
}
