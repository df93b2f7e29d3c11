import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiListQuery, ApiProblemResponses } from '@orbita/gateway/feature-http';
import { AuditResource, ReadsPersonalData, RequirePermission } from '../decorators';
import { AuditLog } from './audit-log.service';
import { AuditEventPage } from './dto/audit-event.view';
import { ListAuditEventsQuery } from './dto/list-audit-events.query';

/** `/api/v1/audit-events`: the audit log, for admins. */
@ApiTags('audit')
@Controller('audit-events')
@RequirePermission('audit:read')
@AuditResource('audit_event')
export class AuditEventsController {
  constructor(@Inject(AuditLog) private readonly auditLog: AuditLog) {}

  @Get()
  @ReadsPersonalData()
  @ApiOperation({
    summary: 'Query the audit log (by actor, resource, action, time range), newest first',
    description:
      '`from` is inclusive, `to` exclusive. Reading the log is itself audited (it holds addresses and e-mails).',
  })
  @ApiListQuery({ sortable: ['occurredAt', 'id'] })
  @ApiOkResponse({
    type: AuditEventPage,
    description: 'One page of audit events',
    example: {
      items: [
        {
          id: '9e2d6f0a-3b1c-4d5e-8f7a-6b5c4d3e2f1a',
          occurredAt: '2025-10-06T09:15:27.412Z',
          actorId: '0b7f3c1e-5a59-4d7e-9a51-3c2d1f0e8a11',
          actorRole: 'school_coordinator',
          actorSchoolId: '5d0c8a3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f',
          action: 'update',
          resourceType: 'person',
          resourceId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
          method: 'PATCH',
          path: '/api/v1/people/7c9e6679-7425-40de-944b-e07fc1f90ae7',
          status: 200,
          ip: '10.0.12.7',
          correlationId: '6f1c2d1e-8e4b-4a43-9a0c-0e3c2f5b7a10',
          details: null,
        },
      ],
      total: 1,
      page: 1,
      pageSize: 20,
    },
  })
  @ApiProblemResponses(400)
  list(@Query() query: ListAuditEventsQuery): Promise<AuditEventPage> {
    return this.auditLog.list(query);
  }
}
