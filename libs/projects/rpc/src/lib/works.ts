import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  IsOmittable,
  IsPlainText,
  ListQuery,
  PROJECT_WORK_KINDS,
  Trimmed,
  type ProjectWorkKind,
} from '@orbita/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
} from 'class-validator';
import { SUBJECT_AREA, SUBJECT_AREA_CODE, UUID } from './api-examples';

/** Fields `sort` accepts on the list of works. */
export const WORK_SORT_FIELDS = ['title', 'subjectArea', 'registeredAt', 'id'] as const;

/** What a project or research work is. Authors are enrollment student ids: names stay in enrollment. */
export class WorkFields {
  @ApiProperty({ example: 'Измерение ускорения свободного падения смартфоном', maxLength: 300 })
  @Trimmed()
  @IsString()
  @Length(1, 300)
  @IsPlainText()
  title!: string;

  @ApiProperty({ enum: PROJECT_WORK_KINDS, description: 'project (проект) or research (исследование)' })
  @IsIn(PROJECT_WORK_KINDS)
  kind!: ProjectWorkKind;

  @ApiProperty(SUBJECT_AREA)
  @Matches(SUBJECT_AREA_CODE, { message: '$property must be a subject area code such as physics' })
  subjectArea!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: 3,
    description: 'Enrollment student ids',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  authorIds!: string[];

  @ApiProperty({ ...UUID, description: 'The supervising teacher (a registry person)' })
  @IsUUID()
  supervisorId!: string;

  @ApiPropertyOptional({ ...UUID, description: 'A partner organisation of the registry' })
  @IsOptional()
  @IsUUID()
  partnerOrganisationId?: string;

  @ApiPropertyOptional({ ...UUID, description: 'A consultant from the partner (a registry person)' })
  @IsOptional()
  @IsUUID()
  consultantId?: string;

  @ApiProperty({ example: 'Работа сравнивает…', maxLength: 5000 })
  @Trimmed()
  @IsString()
  @Length(1, 5000)
  @IsPlainText({ multiline: true })
  abstract!: string;
}

export class RegisterWorkCommand extends WorkFields {
  @ApiProperty(UUID)
  @IsUUID()
  seasonId!: string;

  /** Required of region-wide callers; a school account registers works of its own school. Never null. */
  @ApiPropertyOptional({
    ...UUID,
    description: 'Required of region-wide accounts; a school account acts for its own school',
  })
  @IsOmittable()
  @IsUUID()
  schoolId?: string;
}

export class ListWorksQuery extends ListQuery {
  @ApiPropertyOptional(UUID)
  @IsOptional()
  @IsUUID()
  seasonId?: string;

  @ApiPropertyOptional(UUID)
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @ApiPropertyOptional(SUBJECT_AREA)
  @IsOptional()
  @Matches(SUBJECT_AREA_CODE, { message: '$property must be a subject area code such as physics' })
  subjectArea?: string;
}

@ApiSchema({ name: 'ProjectWork' })
export class WorkView extends WorkFields {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  seasonId!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty({ format: 'date-time' })
  registeredAt!: string;
}
