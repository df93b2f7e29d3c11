import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  AddParticipationRequest,
  ListParticipationQuery,
  PARTICIPATION_ROLES,
  type ParticipationRole,
  type ParticipationView,
  pageOf,
} from '@orbita/contracts';

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

export class Participation implements ParticipationView {
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

export const ParticipationPage = pageOf(Participation);

/** The programme comes from the path. */
export class ParticipationListParams extends OmitType(ListParticipationQuery, ['programmeId'] as const) {
  @ApiPropertyOptional(PARTICIPATION_FIELDS.schoolYear)
  declare schoolYear?: number;

  @ApiPropertyOptional({ ...PARTICIPATION_FIELDS.schoolId, description: 'Only this school' })
  declare schoolId?: string;
}

/** The programme comes from the path. */
export class AddParticipation extends OmitType(AddParticipationRequest, ['programmeId'] as const) {
  @ApiProperty(PARTICIPATION_FIELDS.schoolId)
  declare schoolId: string;

  @ApiProperty(PARTICIPATION_FIELDS.schoolYear)
  declare schoolYear: number;

  @ApiProperty(PARTICIPATION_FIELDS.role)
  declare role: ParticipationRole;

  @ApiPropertyOptional(PARTICIPATION_FIELDS.coordinatorPersonId)
  declare coordinatorPersonId?: string | null;
}
