import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  ByIdRequest,
  composeDecorators,
  IsOmittable,
  ListQuery,
  PARTICIPATION_ROLES,
  Trimmed,
  type ParticipationRole,
} from '@orbita/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { RecordMetadata, VersionedUpdate } from './records';

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
const SchoolYear = () =>
  composeDecorators(
    Type(() => Number),
    IsInt(),
    Min(2000),
    Max(2100),
  );

const PROGRAMME_FIELDS = {
  code: {
    description: 'Stable identity other services key on: lower-case letters, digits and _',
    example: 'sirius_partner_schools',
  },
  title: { example: 'Школы – ассоциированные партнёры «Сириуса»' },
  shortName: { type: String, nullable: true, example: 'Партнёры «Сириуса»' },
  description: {
    type: String,
    nullable: true,
    example:
      'Сеть общеобразовательных организаций с углублённым изучением математики и естественно-научных предметов',
  },
};

const PARTICIPATION_FIELDS = {
  schoolId: { format: 'uuid', example: '5d0c8a3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f' },
  schoolYear: {
    type: 'integer',
    description: 'The school year by its first calendar year: 2024 = 2024/25',
    minimum: 2000,
    maximum: 2100,
    example: 2024,
  },
  role: {
    enum: PARTICIPATION_ROLES,
    description: 'partner_school (Sirius), studio (Уроки настоящего), base_organisation (Парк ЕНОТо)',
    example: 'partner_school',
  },
  coordinatorPersonId: {
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The school’s coordinator for the programme: a person of that school',
    example: '0b7f3c1e-5a59-4d7e-9a51-3c2d1f0e8a11',
  },
} as const;

/** No filters besides the list convention's. */
export class ListProgrammesQuery extends ListQuery {}

export class CreateProgrammeRequest {
  @ApiProperty(PROGRAMME_FIELDS.code)
  @Trimmed()
  @Matches(/^[a-z][a-z0-9_]{1,63}$/, {
    message: '$property must be lower-case letters, digits and _ (e.g. park_enoto)',
  })
  code!: string;

  @ApiProperty(PROGRAMME_FIELDS.title)
  @ProgrammeTitle()
  title!: string;

  @ApiPropertyOptional(PROGRAMME_FIELDS.shortName)
  @IsOptional()
  @ProgrammeShortName()
  shortName?: string | null;

  @ApiPropertyOptional(PROGRAMME_FIELDS.description)
  @IsOptional()
  @ProgrammeDescription()
  description?: string | null;
}

/** The code is the programme's identity for other services and never changes. */
export class UpdateProgrammeRequest extends VersionedUpdate {
  @ApiPropertyOptional(PROGRAMME_FIELDS.title)
  @IsOmittable()
  @ProgrammeTitle()
  title?: string;

  @ApiPropertyOptional(PROGRAMME_FIELDS.shortName)
  @IsOptional()
  @ProgrammeShortName()
  shortName?: string | null;

  @ApiPropertyOptional(PROGRAMME_FIELDS.description)
  @IsOptional()
  @ProgrammeDescription()
  description?: string | null;
}

@ApiSchema({ name: 'Programme' })
export class ProgrammeView extends RecordMetadata {
  @ApiProperty(PROGRAMME_FIELDS.code)
  code!: string;

  @ApiProperty(PROGRAMME_FIELDS.title)
  title!: string;

  @ApiProperty(PROGRAMME_FIELDS.shortName)
  shortName!: string | null;

  @ApiProperty(PROGRAMME_FIELDS.description)
  description!: string | null;
}

/** The programme comes from the path. */
export class ListParticipationQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional(PARTICIPATION_FIELDS.schoolYear)
  @IsOptional()
  @SchoolYear()
  schoolYear?: number;

  @ApiPropertyOptional({ ...PARTICIPATION_FIELDS.schoolId, description: 'Only this school' })
  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

/** The programme comes from the path. */
export class AddParticipationRequest {
  @IsUUID()
  programmeId!: string;

  @ApiProperty(PARTICIPATION_FIELDS.schoolId)
  @IsUUID()
  schoolId!: string;

  @ApiProperty(PARTICIPATION_FIELDS.schoolYear)
  @SchoolYear()
  schoolYear!: number;

  @ApiProperty(PARTICIPATION_FIELDS.role)
  @IsIn(PARTICIPATION_ROLES)
  role!: ParticipationRole;

  @ApiPropertyOptional(PARTICIPATION_FIELDS.coordinatorPersonId)
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
@ApiSchema({ name: 'Participation' })
export class ParticipationView {
  @ApiProperty({ format: 'uuid', example: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e' })
  programmeId!: string;

  @ApiProperty({ example: 'sirius_partner_schools' })
  programmeCode!: string;

  @ApiProperty(PARTICIPATION_FIELDS.schoolId)
  schoolId!: string;

  @ApiProperty({ example: 'Лицей № 1 им. Пушкина' })
  schoolShortName!: string;

  @ApiProperty(PARTICIPATION_FIELDS.schoolYear)
  schoolYear!: number;

  @ApiProperty(PARTICIPATION_FIELDS.role)
  role!: ParticipationRole;

  @ApiProperty(PARTICIPATION_FIELDS.coordinatorPersonId)
  coordinatorPersonId!: string | null;

  @ApiProperty({ format: 'date-time', example: '2024-09-02T05:30:00.000Z' })
  createdAt!: string;
}
