import { ApiProperty } from '@nestjs/swagger';
import type { AuditDetails, AuditEvent } from '../audit-event.entity';

export class AuditEventView {
  @ApiProperty({ format: 'uuid', example: '9e2d6f0a-3b1c-4d5e-8f7a-6b5c4d3e2f1a' })
  id!: string;

  @ApiProperty({ format: 'date-time', example: '2025-10-06T09:15:27.412Z' })
  occurredAt!: string;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '0b7f3c1e-5a59-4d7e-9a51-3c2d1f0e8a11',
  })
  actorId!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'school_coordinator' })
  actorRole!: string | null;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    example: '5d0c8a3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f',
  })
  actorSchoolId!: string | null;

  @ApiProperty({
    description:
      'create, update, delete (writes), read (of personal data), login, login_failed, refresh_reuse, logout, password_change',
    example: 'update',
  })
  action!: string;

  @ApiProperty({ nullable: true, type: String, example: 'person' })
  resourceType!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })
  resourceId!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'PATCH' })
  method!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    example: '/api/v1/people/7c9e6679-7425-40de-944b-e07fc1f90ae7',
  })
  path!: string | null;

  @ApiProperty({ nullable: true, type: Number, example: 200 })
  status!: number | null;

  @ApiProperty({ nullable: true, type: String, example: '10.0.12.7' })
  ip!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '6f1c2d1e-8e4b-4a43-9a0c-0e3c2f5b7a10' })
  correlationId!: string | null;

  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description: 'More about the event, e.g. the e-mail of a failed login, the `ids` a list read returned',
    example: null,
  })
  details!: AuditDetails | null;

  static of(event: AuditEvent): AuditEventView {
    return { ...event, occurredAt: event.occurredAt.toISOString() };
  }
}

export class AuditEventPage {
  @ApiProperty({ type: [AuditEventView] })
  items!: AuditEventView[];

  @ApiProperty({ example: 120 })
  total!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 20 })
  pageSize!: number;
}
