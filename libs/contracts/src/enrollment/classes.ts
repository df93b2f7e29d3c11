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
import { IsOmittable, Trimmed } from '../common/field-decorators';
import { ListQuery } from '../common/list-query';
import { CLASS_DELIVERIES, ClassTeacherV1, type ClassDelivery } from './class-formed';

const SUBJECT_CODE = /^[a-z][a-z0-9_]{0,49}$/;

/** Fields `sort` accepts on the list of programme classes. */
export const CLASS_SORT_FIELDS = ['schoolYear', 'grade', 'label', 'createdAt', 'id'] as const;

/** A profile subject of the reference table (the regional centre extends it). */
export interface SubjectView {
  code: string;
  title: string;
}

export class CreateSubjectCommand {
  @Trimmed()
  @Matches(SUBJECT_CODE, { message: '$property must be a lower-case code such as math or astronomy' })
  code!: string;

  @Trimmed()
  @IsString()
  @Length(1, 100)
  title!: string;
}

/** What a programme class is; the same fields create it and (all of them) replace it. */
export class ProgrammeClassFields {
  @Trimmed()
  @Matches(SUBJECT_CODE, {
    message: '$property must be a registry programme code such as sirius_partner_schools',
  })
  programmeCode!: string;

  /** First calendar year of the school year: 2024 = 2024/25. */
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @IsInt()
  @Min(1)
  @Max(11)
  grade!: number;

  @Trimmed()
  @IsString()
  @Length(1, 20)
  label!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(SUBJECT_CODE, { each: true, message: 'each of $property must be a subject code such as math' })
  profileSubjects!: string[];

  @IsIn(CLASS_DELIVERIES)
  delivery!: ClassDelivery;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ClassTeacherV1)
  teachers!: ClassTeacherV1[];
}

export class CreateClassCommand extends ProgrammeClassFields {
  /** Required of region-wide callers; a school account creates classes of its own school. Never null. */
  @IsOmittable()
  @IsUUID()
  schoolId?: string;
}

export class UpdateClassCommand extends ProgrammeClassFields {
  @IsUUID()
  id!: string;

  /** The revision the caller last read: a class changed since answers 409. */
  @IsOmittable()
  @IsInt()
  @Min(1)
  expectedRevision?: number;
}

export class ListClassesQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(11)
  grade?: number;

  @IsOptional()
  @Matches(SUBJECT_CODE, {
    message: '$property must be a registry programme code such as sirius_partner_schools',
  })
  programmeCode?: string;

  /** Classes with this subject among their profile subjects. */
  @IsOptional()
  @Matches(SUBJECT_CODE, { message: '$property must be a subject code such as math' })
  subject?: string;
}

export interface ProgrammeClassView {
  id: string;
  schoolId: string;
  programmeCode: string;
  schoolYear: number;
  grade: number;
  label: string;
  profileSubjects: string[];
  delivery: ClassDelivery;
  teachers: ClassTeacherV1[];
  /** Students in the class now (enrolled and neither withdrawn nor transferred out). */
  studentCount: number;
  revision: number;
  createdAt: string;
  updatedAt: string;
}
