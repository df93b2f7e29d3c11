import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsIn, IsInt, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-contract';

/** How a programme class is taught (в рамках урочной / урочной и внеурочной деятельности). */
export const CLASS_DELIVERIES = ['lessons', 'lessons_and_extracurricular'] as const;
export type ClassDelivery = (typeof CLASS_DELIVERIES)[number];

export class ClassTeacherV1 {
  /** A registry person. */
  @IsUUID()
  personId!: string;

  /** Profile subject code the teacher teaches in this class. */
  @IsString()
  @Length(1, 50)
  subject!: string;
}

/**
 * A programme class (класс Проекта) was formed, or its description changed (same payload, newer
 * `revision`): what the region's programme table needs. Ids and codes only.
 */
export class ClassFormedV1 {
  @IsUUID()
  classId!: string;

  @IsUUID()
  schoolId!: string;

  /** Registry programme code, e.g. `sirius_partner_schools`. */
  @IsString()
  @Length(1, 50)
  programmeCode!: string;

  /** First calendar year of the school year: 2024 = 2024/25. */
  @IsInt()
  @Min(2000)
  schoolYear!: number;

  @IsInt()
  @Min(1)
  @Max(11)
  grade!: number;

  @IsString()
  @Length(1, 20)
  label!: string;

  /** Profile subject codes (`math`, `physics`, `informatics`, `chemistry`, `biology`, …). */
  @IsArray()
  @ArrayUnique()
  @IsString({ each: true })
  profileSubjects!: string[];

  @IsIn(CLASS_DELIVERIES)
  delivery!: ClassDelivery;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ClassTeacherV1)
  teachers!: ClassTeacherV1[];

  /** Increases with every change of the class; consumers keep the highest. */
  @IsInt()
  @Min(1)
  revision!: number;
}

export const CLASS_FORMED_V1 = defineEvent('enrollment.class.formed.v1', ClassFormedV1);
export const CLASS_CHANGED_V1 = defineEvent('enrollment.class.changed.v1', ClassFormedV1);
