import { ApiProperty } from '@nestjs/swagger';
import { CLASS_DELIVERIES, type ClassDelivery } from '@orbita/contracts';
import {
  PROFILE_DIRECTIONS,
  ProgrammeTableQuery,
  type ProfileDirection,
  type ProgrammeDirectionTotalView,
  type ProgrammeTableClassView,
  type ProgrammeTableSchoolView,
  type ProgrammeTableTotalsView,
  type ProgrammeTableView,
} from '@orbita/reporting/rpc';
import { EXAMPLE_MUNICIPALITY_ID, EXAMPLE_SCHOOL_ID } from '../analytics/analytics.dto';

export class ProgrammeTableParams extends ProgrammeTableQuery {
  @ApiProperty({ description: 'Registry programme code', example: 'sirius_partner_schools' })
  declare programmeCode: string;

  @ApiProperty({ description: 'First calendar year of the school year (2024 = 2024/25)', example: 2024 })
  declare schoolYear: number;
}

export class ProgrammeTableClass implements ProgrammeTableClassView {
  @ApiProperty({ format: 'uuid', example: '3a5c7e9b-1d2f-4a6b-8c0d-2e4f6a8b0c1d' })
  classId!: string;

  @ApiProperty({ example: 10 })
  grade!: number;

  @ApiProperty({ example: '10А' })
  label!: string;

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

export class ProgrammeTableSchool implements ProgrammeTableSchoolView {
  @ApiProperty({ description: 'The school’s number in the region’s table', example: 1 })
  number!: number;

  @ApiProperty({ format: 'uuid', example: EXAMPLE_SCHOOL_ID })
  schoolId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Full name from the registry',
    example: 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска',
  })
  schoolName!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', example: EXAMPLE_MUNICIPALITY_ID })
  municipalityId!: string | null;

  @ApiProperty({ type: [ProgrammeTableClass] })
  classes!: ProgrammeTableClass[];

  @ApiProperty({ example: 50 })
  students!: number;

  @ApiProperty({ description: 'Distinct teachers of the school’s classes', example: 7 })
  teachers!: number;
}

export class ProgrammeDirectionTotal implements ProgrammeDirectionTotalView {
  @ApiProperty({ enum: PROFILE_DIRECTIONS, example: 'natural_science' })
  direction!: ProfileDirection;

  @ApiProperty({ example: 'естественно-научное' })
  name!: string;

  @ApiProperty({ example: 4 })
  classes!: number;

  @ApiProperty({ example: 70 })
  students!: number;
}

export class ProgrammeTableTotals implements ProgrammeTableTotalsView {
  @ApiProperty({ example: 8 })
  schools!: number;

  @ApiProperty({ description: 'Class groups', example: 11 })
  classes!: number;

  @ApiProperty({ example: 177 })
  students!: number;

  @ApiProperty({ description: 'Distinct teachers over all classes', example: 36 })
  teachers!: number;

  @ApiProperty({ type: [ProgrammeDirectionTotal] })
  directions!: ProgrammeDirectionTotal[];
}

export class ProgrammeTable implements ProgrammeTableView {
  @ApiProperty({ example: 'sirius_partner_schools' })
  programmeCode!: string;

  @ApiProperty({ example: 2024 })
  schoolYear!: number;

  @ApiProperty({
    type: [ProgrammeTableSchool],
    description: 'In the order their first class was formed; a school-scoped caller gets only their own',
  })
  schools!: ProgrammeTableSchool[];

  @ApiProperty({ type: ProgrammeTableTotals, description: 'Region-wide, whoever asks' })
  totals!: ProgrammeTableTotals;
}
