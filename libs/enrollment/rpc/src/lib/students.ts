import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import {
  ENROLLMENT_BASES,
  EnrollmentBasisV1,
  IsOmittable,
  IsPlainText,
  ListQuery,
  Trimmed,
  type EnrollmentBasisKind,
} from '@orbita/contracts';
import { DATE, SCHOOL_ID, UUID } from './api-examples';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: '$property must be a date such as 2024-09-01' };

/** The birth years of school students (5 to 20 years old) in the year of `today`. */
export function pupilBirthYears(today = new Date()): { earliest: number; latest: number } {
  return { earliest: today.getUTCFullYear() - 20, latest: today.getUTCFullYear() - 5 };
}

/** A real calendar date in one of {@link pupilBirthYears} (0340 and 2099 are typos). */
const PupilBirthDate = () =>
  ValidateBy({
    name: 'isPupilBirthDate',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
        const date = new Date(`${value}T00:00:00Z`);
        const { earliest, latest } = pupilBirthYears();
        return (
          !Number.isNaN(date.getTime()) &&
          date.toISOString().startsWith(value) &&
          date.getUTCFullYear() >= earliest &&
          date.getUTCFullYear() <= latest
        );
      },
      defaultMessage: () => {
        const { earliest, latest } = pupilBirthYears();
        return `$property must be the birth date of a school student, born from ${earliest} to ${latest}`;
      },
    },
  });

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

/** Stable reason codes of a withdrawal (the free text stays beside it). */
export const WITHDRAWAL_REASONS = ['moved_away', 'own_wish', 'health', 'other'] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

/** Fields `sort` accepts on the list of students. */
export const STUDENT_SORT_FIELDS = ['surname', 'birthDate', 'createdAt', 'id'] as const;

/** The OpenAPI documentation of the personal fields, the same in requests and replies. */
const PERSONAL_DOCS = {
  surname: { example: 'Воронцова', maxLength: 100 },
  name: { example: 'Алиса', maxLength: 100 },
  patronymic: { example: 'Игоревна', maxLength: 100, type: String, nullable: true },
  birthDate: { ...DATE, example: '2009-03-14' },
  gender: { enum: GENDERS, nullable: true },
  parentContact: {
    example: '+7 913 000-00-00',
    maxLength: 200,
    type: String,
    nullable: true,
    description: 'Only when the school needs it',
  },
} as const;

/** The minimal personal data of a student kept by enrollment (and nowhere else). */
export class StudentPersonalData {
  @ApiProperty(PERSONAL_DOCS.surname)
  @Trimmed()
  @IsString()
  @Length(1, 100)
  @IsPlainText()
  surname!: string;

  @ApiProperty(PERSONAL_DOCS.name)
  @Trimmed()
  @IsString()
  @Length(1, 100)
  @IsPlainText()
  name!: string;

  @ApiPropertyOptional(PERSONAL_DOCS.patronymic)
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 100)
  @IsPlainText()
  patronymic?: string | null;

  @ApiProperty(PERSONAL_DOCS.birthDate)
  @Matches(ISO_DATE, DATE_MESSAGE)
  @PupilBirthDate()
  birthDate!: string;

  @ApiPropertyOptional(PERSONAL_DOCS.gender)
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender | null;

  /** A parent's phone or e-mail, only when the school needs it. */
  @ApiPropertyOptional(PERSONAL_DOCS.parentContact)
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  @IsPlainText()
  parentContact?: string | null;
}

export class CreateStudentCommand extends StudentPersonalData {
  /** Required of region-wide callers; may be left out, never null. */
  @ApiPropertyOptional(SCHOOL_ID)
  @IsOmittable()
  @IsUUID()
  schoolId?: string;
}

export class ListStudentsQuery extends ListQuery {
  @ApiPropertyOptional(UUID)
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @ApiPropertyOptional({ ...UUID, description: 'Students in this class now' })
  @IsOptional()
  @IsUUID()
  classId?: string;
}

export class ListOrdersQuery extends ListQuery {
  @ApiPropertyOptional(UUID)
  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

export class CreateOrderCommand {
  /** Required of region-wide callers; may be left out, never null. */
  @ApiPropertyOptional(SCHOOL_ID)
  @IsOmittable()
  @IsUUID()
  schoolId?: string;

  @ApiProperty({ example: '112-у', maxLength: 50 })
  @Trimmed()
  @IsString()
  @Length(1, 50)
  number!: string;

  @ApiProperty(DATE)
  @Matches(ISO_DATE, DATE_MESSAGE)
  date!: string;

  /** Transfer-bucket object name of the scanned copy; it may be attached later. */
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Transfer-bucket name of the scanned copy; may be attached later',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  scanObject?: string | null;
}

/** The basis a command records and a membership shows: the event's shape, documented. */
@ApiSchema({ name: 'Basis' })
export class EnrollmentBasis extends EnrollmentBasisV1 {
  @ApiProperty({ enum: ENROLLMENT_BASES, description: 'work (ОДР), oge, transfer or other' })
  declare kind: EnrollmentBasisKind;

  @ApiPropertyOptional({ example: 14.5 })
  declare score?: number;

  @ApiPropertyOptional({ example: 12 })
  declare threshold?: number;

  @ApiPropertyOptional({ example: 3 })
  declare rank?: number;
}

/** Enrolls the student of the path in a class by an order. */
export class EnrollStudentCommand {
  @IsUUID()
  studentId!: string;

  @ApiProperty(UUID)
  @IsUUID()
  classId!: string;

  /** The enrollment order (приказ о зачислении): required. */
  @ApiProperty({ ...UUID, description: 'The enrollment order (приказ о зачислении): required' })
  @IsUUID()
  orderId!: string;

  @ApiProperty(DATE)
  @Matches(ISO_DATE, DATE_MESSAGE)
  enrolledOn!: string;

  @ApiProperty({
    type: EnrollmentBasis,
    description: 'The evidence the enrollment rests on; it stays on the record',
  })
  @ValidateNested()
  @Type(() => EnrollmentBasis)
  basis!: EnrollmentBasis;
}

export class WithdrawStudentCommand {
  @IsUUID()
  studentId!: string;

  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @ApiProperty(DATE)
  @Matches(ISO_DATE, DATE_MESSAGE)
  withdrawnOn!: string;

  @ApiProperty({ enum: WITHDRAWAL_REASONS })
  @IsIn(WITHDRAWAL_REASONS)
  reasonCode!: WithdrawalReason;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 1000,
    example: 'Семья переехала в Новосибирск',
  })
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 1000)
  reasonText?: string | null;
}

export class TransferStudentCommand {
  @IsUUID()
  studentId!: string;

  @ApiProperty(UUID)
  @IsUUID()
  toClassId!: string;

  /** The receiving school's order. */
  @ApiProperty({ ...UUID, description: "The receiving school's order" })
  @IsUUID()
  orderId!: string;

  @ApiProperty(DATE)
  @Matches(ISO_DATE, DATE_MESSAGE)
  transferredOn!: string;
}

@ApiSchema({ name: 'EnrollmentOrder' })
export class EnrollmentOrderView {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty({ example: '112-у' })
  number!: string;

  @ApiProperty(DATE)
  date!: string;

  @ApiProperty({ example: false })
  hasScan!: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

/** One stay of a student in a programme class, with the evidence the enrollment rested on. */
@ApiSchema({ name: 'Membership' })
export class MembershipView {
  @ApiProperty(UUID)
  classId!: string;

  @ApiProperty({ example: 2024 })
  schoolYear!: number;

  @ApiProperty(UUID)
  orderId!: string;

  @ApiProperty(DATE)
  enrolledOn!: string;

  @ApiProperty({ type: EnrollmentBasis })
  basis!: EnrollmentBasis;

  @ApiProperty({ ...DATE, type: String, nullable: true })
  endedOn!: string | null;

  @ApiProperty({ enum: ['withdrawn', 'transferred'], nullable: true })
  endReason!: 'withdrawn' | 'transferred' | null;

  @ApiProperty({ type: String, nullable: true, example: 'moved_away' })
  reasonCode!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reasonText!: string | null;
}

/** A student's record: the personal data (absent fields as null), the school and the class memberships. */
@ApiSchema({ name: 'Student' })
export class StudentView {
  @ApiProperty({ ...UUID, description: 'Stable id; events name the student by it' })
  id!: string;

  @ApiProperty(UUID)
  schoolId!: string;

  @ApiProperty(PERSONAL_DOCS.surname)
  surname!: string;

  @ApiProperty(PERSONAL_DOCS.name)
  name!: string;

  @ApiProperty(PERSONAL_DOCS.patronymic)
  patronymic!: string | null;

  @ApiProperty(PERSONAL_DOCS.birthDate)
  birthDate!: string;

  @ApiProperty(PERSONAL_DOCS.gender)
  gender!: Gender | null;

  @ApiProperty(PERSONAL_DOCS.parentContact)
  parentContact!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    example: 'u-0f3a9c',
    description: 'The student’s id on the Sirius.Schools platform, once linked',
  })
  externalId!: string | null;

  @ApiProperty({ type: [MembershipView], description: 'Stays in programme classes, oldest first' })
  memberships!: MembershipView[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}
