import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateBy,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsOmittable, IsPlainText, Trimmed } from '../common/field-decorators';
import { ListQuery } from '../common/list-query';
import { EnrollmentBasisV1 } from './student-events';

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

/** The minimal personal data of a student kept by enrollment (and nowhere else). */
export class StudentPersonalData {
  @Trimmed()
  @IsString()
  @Length(1, 100)
  @IsPlainText()
  surname!: string;

  @Trimmed()
  @IsString()
  @Length(1, 100)
  @IsPlainText()
  name!: string;

  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 100)
  @IsPlainText()
  patronymic?: string | null;

  @Matches(ISO_DATE, DATE_MESSAGE)
  @PupilBirthDate()
  birthDate!: string;

  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender | null;

  /** A parent's phone or e-mail, only when the school needs it. */
  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 200)
  @IsPlainText()
  parentContact?: string | null;
}

export class CreateStudentCommand extends StudentPersonalData {
  /** Required of region-wide callers; may be left out, never null. */
  @IsOmittable()
  @IsUUID()
  schoolId?: string;
}

export class ListStudentsQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @IsOptional()
  @IsUUID()
  classId?: string;
}

export class ListOrdersQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

export class CreateOrderCommand {
  /** Required of region-wide callers; may be left out, never null. */
  @IsOmittable()
  @IsUUID()
  schoolId?: string;

  @Trimmed()
  @IsString()
  @Length(1, 50)
  number!: string;

  @Matches(ISO_DATE, DATE_MESSAGE)
  date!: string;

  /** Transfer-bucket object name of the scanned copy; it may be attached later. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  scanObject?: string | null;
}

/** The basis a command records: the same shape as the event's. */
export { EnrollmentBasisV1 as EnrollmentBasis } from './student-events';

export class EnrollStudentCommand {
  @IsUUID()
  studentId!: string;

  @IsUUID()
  classId!: string;

  /** The enrollment order (приказ о зачислении): required. */
  @IsUUID()
  orderId!: string;

  @Matches(ISO_DATE, DATE_MESSAGE)
  enrolledOn!: string;

  @ValidateNested()
  @Type(() => EnrollmentBasisV1)
  basis!: EnrollmentBasisV1;
}

export class WithdrawStudentCommand {
  @IsUUID()
  studentId!: string;

  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  @Matches(ISO_DATE, DATE_MESSAGE)
  withdrawnOn!: string;

  @IsIn(WITHDRAWAL_REASONS)
  reasonCode!: WithdrawalReason;

  @IsOptional()
  @Trimmed()
  @IsString()
  @Length(1, 1000)
  reasonText?: string | null;
}

export class TransferStudentCommand {
  @IsUUID()
  studentId!: string;

  @IsUUID()
  toClassId!: string;

  /** The receiving school's order. */
  @IsUUID()
  orderId!: string;

  @Matches(ISO_DATE, DATE_MESSAGE)
  transferredOn!: string;
}

export interface EnrollmentOrderView {
  id: string;
  schoolId: string;
  number: string;
  date: string;
  hasScan: boolean;
  createdAt: string;
}

/** One stay of a student in a programme class, with the evidence the enrollment rested on. */
export interface MembershipView {
  classId: string;
  schoolYear: number;
  orderId: string;
  enrolledOn: string;
  basis: EnrollmentBasisV1;
  endedOn: string | null;
  endReason: 'withdrawn' | 'transferred' | null;
  reasonCode: string | null;
  reasonText: string | null;
}

export interface StudentView extends Required<
  Omit<StudentPersonalData, 'patronymic' | 'gender' | 'parentContact'>
> {
  id: string;
  schoolId: string;
  patronymic: string | null;
  gender: Gender | null;
  parentContact: string | null;
  memberships: MembershipView[];
  createdAt: string;
}
