import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { CLASS_DELIVERIES, type ClassDelivery } from '@orbita/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { EXAMPLE_MUNICIPALITY_ID, EXAMPLE_SCHOOL_ID } from './openapi-examples';

/** The region's programme table (классы Проекта) of one programme and school year. */
export class ProgrammeTableQuery {
  @ApiProperty({ description: 'Registry programme code', example: 'sirius_partner_schools' })
  @IsString()
  @Length(1, 50)
  programmeCode!: string;

  @ApiProperty({ description: 'First calendar year of the school year (2024 = 2024/25)', example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;
}

/** Profile directions (профильные направления) the table's totals group classes by. */
export const PROFILE_DIRECTIONS = ['natural_science', 'physics_math', 'technical', 'other'] as const;
export type ProfileDirection = (typeof PROFILE_DIRECTIONS)[number];

@ApiSchema({ name: 'ProgrammeTableClass' })
export class ProgrammeTableClassView {
  @ApiProperty({ format: 'uuid', example: '3a5c7e9b-1d2f-4a6b-8c0d-2e4f6a8b0c1d' })
  classId!: string;

  @ApiProperty({ example: 10 })
  grade!: number;

  @ApiProperty({ example: '10А' })
  label!: string;

  /** As enrollment sends them, in the class's order. */
  @ApiProperty({
    type: [String],
    description: 'Profile subject codes',
    example: ['math', 'physics', 'informatics'],
  })
  profileSubjects!: string[];

  @ApiProperty({
    description: 'Grade and profile subjects in Russian (unknown codes as they are)',
    example: '10: математика, физика, информатика',
  })
  profile!: string;

  @ApiProperty({ enum: CLASS_DELIVERIES, example: 'lessons' })
  delivery!: ClassDelivery;

  /** `урочная` or `урочная и внеурочная`. */
  @ApiProperty({ example: 'урочная' })
  deliveryName!: string;

  @ApiProperty({
    enum: PROFILE_DIRECTIONS,
    description:
      'technical: a `technical` subject, or informatics without physics; natural_science: chemistry/biology are at least half the subjects; physics_math: else any of math, physics, informatics',
    example: 'physics_math',
  })
  direction!: ProfileDirection;

  @ApiProperty({ example: 26 })
  students!: number;

  @ApiProperty({ description: 'Distinct teachers of the class', example: 4 })
  teachers!: number;
}

@ApiSchema({ name: 'ProgrammeTableSchool' })
export class ProgrammeTableSchoolView {
  /** A school-scoped caller keeps the region's number. */
  @ApiProperty({ description: 'The school’s number in the region’s table', example: 1 })
  number!: number;

  @ApiProperty({ format: 'uuid', example: EXAMPLE_SCHOOL_ID })
  schoolId!: string;

  /** Null until reporting has heard of the school. */
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Full name from the registry',
    example: 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска',
  })
  schoolName!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', example: EXAMPLE_MUNICIPALITY_ID })
  municipalityId!: string | null;

  @ApiProperty({ type: [ProgrammeTableClassView] })
  classes!: ProgrammeTableClassView[];

  @ApiProperty({ example: 50 })
  students!: number;

  @ApiProperty({ description: 'Distinct teachers of the school’s classes', example: 7 })
  teachers!: number;

  /** Null without counts, for another programme, or while the school's platform id is unknown. */
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'People (students and teachers) registered on the Sirius.Schools platform at the school, as last counted',
    example: 57,
  })
  registeredOnPlatform!: number | null;

  @ApiProperty({
    description:
      'Distinct teachers of the school who attended a course in the school year (webinars inform, courses train)',
    example: 5,
  })
  teachersTrained!: number;
}

@ApiSchema({ name: 'ProgrammeDirectionTotal' })
export class ProgrammeDirectionTotalView {
  @ApiProperty({ enum: PROFILE_DIRECTIONS, example: 'natural_science' })
  direction!: ProfileDirection;

  @ApiProperty({ example: 'естественно-научное' })
  name!: string;

  @ApiProperty({ example: 4 })
  classes!: number;

  @ApiProperty({ example: 70 })
  students!: number;
}

@ApiSchema({ name: 'ProgrammeTableTotals' })
export class ProgrammeTableTotalsView {
  @ApiProperty({ example: 8 })
  schools!: number;

  @ApiProperty({ description: 'Class groups', example: 11 })
  classes!: number;

  @ApiProperty({ example: 177 })
  students!: number;

  /** A teacher of two classes counts once. */
  @ApiProperty({ description: 'Distinct teachers over all classes', example: 36 })
  teachers!: number;

  /** Directions present, in the order natural-science, physics-math, technical, other. */
  @ApiProperty({ type: [ProgrammeDirectionTotalView] })
  directions!: ProgrammeDirectionTotalView[];

  /** The platform's figure now, whatever the table's school year; null until counted or for another programme. */
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'зарегистрировано на платформе: people of the region registered on Sirius.Schools, as last counted (sirius_partner_schools only)',
    example: 214,
  })
  registeredOnPlatform!: number | null;

  @ApiProperty({
    description:
      'обучено педагогов: distinct teachers of the programme’s schools who attended a course in the school year',
    example: 31,
  })
  teachersTrained!: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When `registeredOnPlatform` was counted',
    example: '2026-12-07T04:00:00.000Z',
  })
  registeredOnPlatformAt!: string | null;
}

@ApiSchema({ name: 'ProgrammeTable' })
export class ProgrammeTableView {
  @ApiProperty({ example: 'sirius_partner_schools' })
  programmeCode!: string;

  @ApiProperty({ example: 2024 })
  schoolYear!: number;

  @ApiProperty({
    type: [ProgrammeTableSchoolView],
    description: 'In the order their first class was formed; a school-scoped caller gets only their own',
  })
  schools!: ProgrammeTableSchoolView[];

  @ApiProperty({ type: ProgrammeTableTotalsView, description: 'Region-wide, whoever asks' })
  totals!: ProgrammeTableTotalsView;
}
