import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ListQuery, MAX_CODES_PER_ISSUE } from '@orbita/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { SCHOOL_EXAMPLE, uuid, WORK_EXAMPLE } from './openapi-examples';

/** Issues `count` new participant codes of the work for a school (a school account: its own). */
export class IssueParticipantCodesCommand {
  @IsUUID()
  workId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required of region-wide accounts; a school account’s codes are its own school’s', example: SCHOOL_EXAMPLE })
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @ApiProperty({ description: 'How many new codes', example: 25, minimum: 1, maximum: MAX_CODES_PER_ISSUE })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_CODES_PER_ISSUE)
  count!: number;
}

export const PARTICIPANT_CODE_SORT_FIELDS = ['code', 'issuedAt'] as const;

export class ListParticipantCodesQuery extends ListQuery {
  @IsUUID()
  workId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One school’s codes (a school account sees only its own anyway)' })
  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

@ApiSchema({ name: 'ParticipantCode' })
export class ParticipantCodeView {
  @ApiProperty({ example: '2024-MATH7-S03-0001' })
  code!: string;

  @ApiProperty(uuid('The work', WORK_EXAMPLE))
  workId!: string;

  @ApiProperty(uuid('The school', SCHOOL_EXAMPLE))
  schoolId!: string;

  @ApiProperty({ format: 'date-time', example: '2024-11-21T02:00:00.000Z' })
  issuedAt!: string;
}

@ApiSchema({ name: 'IssuedParticipantCodes' })
export class IssuedParticipantCodesView {
  @ApiProperty(uuid('The work', WORK_EXAMPLE))
  workId!: string;

  @ApiProperty(uuid('The school', SCHOOL_EXAMPLE))
  schoolId!: string;

  @ApiProperty({ type: [String], example: ['2024-MATH7-S03-0001', '2024-MATH7-S03-0002'] })
  codes!: string[];
}
