import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { composeDecorators, IsOmittable, Trimmed } from '../common/field-decorators';
import { ListQuery } from '../common/list-query';
import { ByIdRequest, VersionedUpdate, type RecordMetadata } from './records';

/** What a school is in a programme: partner school (Sirius), studio (Уроки настоящего), base organisation (Парк ЕНОТо). */
export const PARTICIPATION_ROLES = ['partner_school', 'studio', 'base_organisation'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/** Fields `sort` accepts on programme lists. */
export const PROGRAMME_SORT_FIELDS = ['title', 'code', 'createdAt', 'id'] as const;
/** Fields `sort` accepts on participation lists. */
export const PARTICIPATION_SORT_FIELDS = [
  'schoolYear',
  'schoolName',
  'programmeCode',
  'createdAt',
  'id',
] as const;

const ProgrammeTitle = () => composeDecorators(Trimmed(), IsString(), Length(1, 300));
const ProgrammeShortName = () => composeDecorators(Trimmed(), IsString(), Length(1, 100));
const ProgrammeDescription = () => composeDecorators(Trimmed(), IsString(), Length(1, 4000));
/** A school year by its first calendar year: 2024 means 2024/25. */
export const SchoolYear = () =>
  composeDecorators(
    Type(() => Number),
    IsInt(),
    Min(2000),
    Max(2100),
  );

export class ListProgrammesQuery extends ListQuery {}

export class CreateProgrammeRequest {
  @Trimmed()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, {
    message: '$property must be lower-case letters, digits and _ (e.g. park_enoto)',
  })
  code!: string;

  @ProgrammeTitle()
  title!: string;

  @IsOptional()
  @ProgrammeShortName()
  shortName?: string | null;

  @IsOptional()
  @ProgrammeDescription()
  description?: string | null;
}

/** The code is the programme's identity for other services and never changes. */
export class UpdateProgrammeRequest extends VersionedUpdate {
  @IsOmittable()
  @ProgrammeTitle()
  title?: string;

  @IsOptional()
  @ProgrammeShortName()
  shortName?: string | null;

  @IsOptional()
  @ProgrammeDescription()
  description?: string | null;
}

export interface ProgrammeView extends RecordMetadata {
  code: string;
  title: string;
  shortName: string | null;
  description: string | null;
}

export class ListParticipationQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @IsOptional()
  @SchoolYear()
  schoolYear?: number;

  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

export class AddParticipationRequest {
  @IsUUID()
  programmeId!: string;

  @IsUUID()
  schoolId!: string;

  @SchoolYear()
  schoolYear!: number;

  @IsIn(PARTICIPATION_ROLES)
  role!: ParticipationRole;

  /** The school's coordinator for this programme: a person of that school. */
  @IsOptional()
  @IsUUID()
  coordinatorPersonId?: string | null;
}

export class RemoveParticipationRequest extends ByIdRequest {
  /** When given, the participation must be in this programme (the gateway's route names both). */
  @IsOptional()
  @IsUUID()
  programmeId?: string;
}

/** A school's part in a programme for one school year. */
export interface ParticipationView {
  id: string;
  programmeId: string;
  programmeCode: string;
  schoolId: string;
  schoolShortName: string;
  schoolYear: number;
  role: ParticipationRole;
  coordinatorPersonId: string | null;
  createdAt: string;
}
