import {
  Inject,
  Injectable,
  Logger,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { toProblem } from '@orbita/gateway/feature-http';
import { CodedException, CommonErrorCode } from '@orbita/observability';
import type { FastifyReply } from 'fastify';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import type { SessionRequest } from '../access/access.guard';
import { AUDIT_RESOURCE, READS_PERSONAL_DATA } from '../decorators';
import type { AuditAction } from './audit-action';
import { AuditLog, type AuditEntry } from './audit-log.service';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** POST to a collection creates; POST to a record (`/:id/deactivate`), PUT and PATCH change it. */
function writeAction(method: string, params: Record<string, unknown>): AuditAction {
  if (method === 'DELETE') return 'delete';
  if (method === 'POST' && params['id'] === undefined) return 'create';
  return 'update';
}

/**
 * What a list read handed out: the ids of its items, or the participant codes of protocol rows and codes
 * (which have no id of their own). Undefined for an answer that is not a page.
 */
function idsOf(body: unknown): string[] | undefined {
  const items = typeof body === 'object' && body !== null ? (body as { items?: unknown }).items : undefined;
  if (!Array.isArray(items)) return undefined;
  return items.flatMap((item: { id?: unknown; participantCode?: unknown; code?: unknown } | null) => {
    const id = item?.id ?? item?.participantCode ?? item?.code;
    return typeof id === 'string' ? [id] : [];
  });
}

function idOf(params: Record<string, unknown>, body: unknown): string | null {
  const id =
    params['id'] ?? (typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined);
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/**
 * Audits every write to an `@AuditResource(type)` controller (successful or not) and every successful
 * read of a `@ReadsPersonalData()` route, a list read with the ids it returned; such a read answers with
 * `Cache-Control: no-store`. A read is not served when it cannot be audited (fail closed); a write has
 * happened already, so its response goes out and the failure is logged.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuditLog) private readonly auditLog: AuditLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const targets = [context.getHandler(), context.getClass()];
    const resourceType =
      this.reflector.getAllAndOverride<string | undefined>(AUDIT_RESOURCE, targets) ?? null;
    const request = context.switchToHttp().getRequest<SessionRequest>();
    const write = !READ_METHODS.has(request.method);
    const audited = write
      ? resourceType !== null
      : this.reflector.getAllAndOverride<boolean | undefined>(READS_PERSONAL_DATA, targets) === true;
    if (!audited) return next.handle();
    // Personal data stays out of browser and proxy caches (a route's own `@Header` of it, set before, stays).
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    if (!write && !reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store');

    const params = (request.params ?? {}) as Record<string, unknown>;
    const entry = (status: number, body?: unknown): AuditEntry => {
      const listed = write ? undefined : idsOf(body);
      return {
        action: write ? writeAction(request.method, params) : 'read',
        actor: request.actor,
        resourceType,
        resourceId: idOf(params, body),
        request,
        status,
        ...(listed && { details: { ids: listed } }),
      };
    };
    const successStatus: number =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
      (request.method === 'POST' ? 201 : 200);

    return next.handle().pipe(
      mergeMap((body) => from(this.recordSuccess(entry(successStatus, body), write).then(() => body))),
      catchError((error: unknown) =>
        from(
          (write ? this.recordQuietly(entry(toProblem(error).problem.status)) : Promise.resolve()).then(
            () => {
              throw error;
            },
          ),
        ),
      ),
    );
  }

  private async recordSuccess(entry: AuditEntry, write: boolean): Promise<void> {
    if (write) return this.recordQuietly(entry);
    try {
      await this.auditLog.record(entry);
    } catch (error) {
      this.logger.error(error instanceof Error ? error : new Error(String(error)));
      throw new CodedException(
        CommonErrorCode.SERVICE_UNAVAILABLE,
        503,
        'Personal data is not served while the audit log cannot record the read',
      );
    }
  }

  private async recordQuietly(entry: AuditEntry): Promise<void> {
    try {
      await this.auditLog.record(entry);
    } catch (error) {
      this.logger.error(error instanceof Error ? error : new Error(String(error)), 'a write went unaudited');
    }
  }
}
