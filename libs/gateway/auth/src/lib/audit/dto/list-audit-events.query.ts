import { ApiPropertyOptional } from '@nestjs/swagger';
import { ListQuery } from '@orbita/contracts';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AUDIT_ACTIONS, type AuditAction } from '../audit-action';

/** `GET /audit-events?actorId=…&resourceType=person&action=read&from=2025-10-01&to=2025-11-01&page=2` */
export class ListAuditEventsQuery extends ListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'person' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  resourceType?: string;

  @ApiPropertyOptional({ example: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  resourceId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({
    description: 'From this instant on (ISO 8601, inclusive)',
    example: '2025-10-01T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({
    description: 'Before this instant (ISO 8601, exclusive)',
    example: '2025-11-01T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
