import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CLASS_DELIVERIES,
  ClassTeacherV1,
  IsOmittable,
  ListQuery,
  Trimmed,
  type ClassDelivery,
} from '@orbita/contracts';
import { SCHOOL_ID, UUID } from './api-examples';

const SUBJECT_CODE = /^[a-z][a-z0-9_]{0,49}$/;

/** Fields `sort` accepts on the list of programme classes. */
export const CLASS_SORT_FIELDS = ['schoolYear', 'grade', 'label', 'createdAt', 'id'] as const;

/** A profile subject of the reference table (the regional centre extends it). */
@ApiSchema({ name: 'Subject' })
export class SubjectView {
  @ApiProperty({ example: 'math', description: 'Lower-case subject code' })
  code!: string;

  @ApiProperty({ example: 'Математика' })
  title!: string;
}

export class CreateSubjectCommand {
  @ApiProperty({ example: 'astronomy', description: 'Lower-case subject code' })
  @Trimmed()
  @Matches(SUBJECT_CODE, { message: '$property must be a lower-case code such as math or astronomy' })
  code!: string;

  @ApiProperty({ example: 'Астрономия', maxLength: 100 })
  @Trimmed()
  @IsString()
  @Length(1, 100)
  title!: string;
}

/** A teacher of a class as requests and replies show it: the event's shape, documented. */
export class ClassTeacher extends ClassTeacherV1 {
  @ApiProperty({ ...UUID, description: 'A registry person' })
  declare personId: string;

  @ApiProperty({ example: 'physics', description: 'The profile subject they teach in the class' })
  declare subject: string;
}

/** What a programme class is; the same fields create it and (all of them) replace it. */
export class ProgrammeClassFields {
  @ApiProperty({ example: 'sirius_partner_schools', description: 'Registry programme code' })
  @Trimmed()
  @Matches(SUBJECT_CODE, {
    message: '$property must be a registry programme code such as sirius_partner_schools',
  })
  programmeCode!: string;

  /** First calendar year of the school year: 2024 = 2024/25. */
  @ApiProperty({ example: 2024, description: 'First calendar year of the school year: 2024 = 2024/25' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @ApiProperty({ example: 10, minimum: 1, maximum: 11 })
  @IsInt()
  @Min(1)
  @Max(11)
  grade!: number;

  @ApiProperty({ example: '10 Ф', maxLength: 20 })
  @Trimmed()
  @IsString()
  @Length(1, 20)
  label!: string;

  @ApiProperty({
    type: [String],
    example: ['math', 'physics', 'informatics'],
    description: 'Codes of the subjects table',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(SUBJECT_CODE, { each: true, message: 'each of $property must be a subject code such as math' })
  profileSubjects!: string[];

  @ApiProperty({
    enum: CLASS_DELIVERIES,
    description: 'lessons (урочная) or lessons_and_extracurricular (урочная и внеурочная)',
  })
  @IsIn(CLASS_DELIVERIES)
  delivery!: ClassDelivery;

  @ApiProperty({ type: [ClassTeacher] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ClassTeacher)
  teachers!: ClassTeacher[];
}

export class CreateClassCommand extends ProgrammeClassFields {
  /** Required of region-wide callers; a school account creates classes of its own school. Never null. */
  @ApiPropertyOptional(SCHOOL_ID)
  @IsOmittable()
  @IsUUID()
  schoolId?: string;
}

/** The whole description of a class (the id is the path's). */
export class UpdateClassCommand extends ProgrammeClassFields {
  @IsUUID()
  id!: string;

  /** The revision the caller last read: a class changed since answers 409. */
  @ApiPropertyOptional({ example: 1, description: 'The revision last read; a newer one answers 409' })
  @IsOmittable()
  @IsInt()
  @Min(1)
  expectedRevision?: number;
}

export class ListClassesQuery extends ListQuery {
  @ApiPropertyOptional(UUID)
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @ApiPropertyOptional({ example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear?: number;

  @ApiPropertyOptional({ example: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(11)
  grade?: number;

  @ApiPropertyOptional({ example: 'sirius_partner_schools' })
  @IsOptional()
  @Matches(SUBJECT_CODE, {
    message: '$property must be a registry programme code such as sirius_partner_schools',
  })
  programmeCode?: string;

  /** Classes with this subject among their profile subjects. */
  @ApiPropertyOptional({ example: 'math', description: 'Classes with this profile subject' })
  @IsOptional()
  @Matches(SUBJECT_CODE, { message: '$property must be a subject code such as math' })
  subject?: string;
}

/** A programme class as replies show it: its description, its school and its figures. */
@ApiSchema({ name: 'ProgrammeClass' })
export class ProgrammeClassView extends ProgrammeClassFields {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  /** Students in the class now (enrolled and neither withdrawn nor transferred out). */
  @ApiProperty({ example: 26, description: 'Students in the class now' })
  studentCount!: number;

  @ApiProperty({ example: 1, description: 'Increases with every change' })
  revision!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
