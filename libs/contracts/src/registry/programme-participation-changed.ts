import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { PARTICIPATION_ROLES, type ParticipationRole } from './programmes';

/** A school joined a programme for a school year, or left it. */
export class ProgrammeParticipationChangedV1 {
  @IsUUID()
  participationId!: string;

  @IsIn(['added', 'removed'])
  change!: 'added' | 'removed';

  @IsUUID()
  programmeId!: string;

  /** Stable code (`sirius_partner_schools`), so consumers need no lookup to tell programmes apart. */
  @IsString()
  programmeCode!: string;

  @IsUUID()
  schoolId!: string;

  /** 2024 = school year 2024/25. */
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @IsIn(PARTICIPATION_ROLES)
  role!: ParticipationRole;

  @IsOptional()
  @IsUUID()
  coordinatorPersonId?: string;
}

export const PROGRAMME_PARTICIPATION_CHANGED_V1 = defineEvent(
  'registry.programme-participation.changed.v1',
  ProgrammeParticipationChangedV1,
);
