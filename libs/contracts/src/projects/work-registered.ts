import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { defineEvent } from '../event-contract';

export const PROJECT_WORK_KINDS = ['project', 'research'] as const;
export type ProjectWorkKind = (typeof PROJECT_WORK_KINDS)[number];

/** A school registered a project or research work for a season: ids only, never a title or a name. */
export class WorkRegisteredV1 {
  @IsUUID()
  workId!: string;

  @IsUUID()
  seasonId!: string;

  /** First calendar year of the school year: 2025 = 2025/26. */
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @IsUUID()
  schoolId!: string;

  @IsIn(PROJECT_WORK_KINDS)
  kind!: ProjectWorkKind;

  /** The subject area code, which names the work's section. */
  @IsString()
  subjectArea!: string;

  /** Enrollment student ids (1–3). */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  authorIds!: string[];

  /** A registry person (the supervising teacher). */
  @IsUUID()
  supervisorId!: string;

  @IsOptional()
  @IsUUID()
  partnerOrganisationId?: string;

  @IsOptional()
  @IsUUID()
  consultantId?: string;
}

export const WORK_REGISTERED_V1 = defineEvent('projects.work.registered.v1', WorkRegisteredV1);
