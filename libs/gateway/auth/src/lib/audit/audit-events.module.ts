import { Module } from '@nestjs/common';
import { AuditEventsController } from './audit-events.controller';

/** `/api/v1/audit-events`; the AuditLog comes from the global GatewayAuthModule. */
@Module({ controllers: [AuditEventsController] })
export class AuditEventsModule {}
