import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-contract';

/** Why a student was enrolled: evidence-based enrollment keeps the basis on the record. */
export const ENROLLMENT_BASES = ['work', 'oge', 'transfer', 'other'] as const;
export type EnrollmentBasisKind = (typeof ENROLLMENT_BASES)[number];

export class EnrollmentBasisV1 {
  @IsIn(ENROLLMENT_BASES)
  kind!: EnrollmentBasisKind;

  @IsOptional()
  @IsNumber()
  score?: number;

  @IsOptional()
  @IsNumber()
  threshold?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  rank?: number;
}

/** A student joined a programme class. No names: the student is an id. */
export class StudentEnrolledV1 {
  @IsUUID()
  studentId!: string;

  @IsUUID()
  classId!: string;

  @IsUUID()
  schoolId!: string;

  @IsInt()
  @Min(2000)
  schoolYear!: number;

  @IsISO8601({ strict: true })
  enrolledOn!: string;

  /** The enrollment order (приказ о зачислении), when the enrollment came from one. */
  @IsOptional()
  @IsUUID()
  orderId?: string;

  @ValidateNested()
  @Type(() => EnrollmentBasisV1)
  basis!: EnrollmentBasisV1;
}

export const STUDENT_ENROLLED_V1 = defineEvent('enrollment.student.enrolled.v1', StudentEnrolledV1);

/** A student left a programme class. */
export class StudentWithdrawnV1 {
  @IsUUID()
  studentId!: string;

  @IsUUID()
  classId!: string;

  @IsUUID()
  schoolId!: string;

  @IsISO8601({ strict: true })
  withdrawnOn!: string;

  /** A stable reason code (`moved_away`, `own_wish`, `health`, `other`); free text stays in enrollment. */
  @IsString()
  @Length(1, 50)
  reasonCode!: string;
}

export const STUDENT_WITHDRAWN_V1 = defineEvent('enrollment.student.withdrawn.v1', StudentWithdrawnV1);

/** A student moved from one programme class to another (possibly at another school). */
export class StudentTransferredV1 {
  @IsUUID()
  studentId!: string;

  @IsUUID()
  fromClassId!: string;

  @IsUUID()
  fromSchoolId!: string;

  @IsUUID()
  toClassId!: string;

  @IsUUID()
  toSchoolId!: string;

  @IsISO8601({ strict: true })
  transferredOn!: string;
}

export const STUDENT_TRANSFERRED_V1 = defineEvent('enrollment.student.transferred.v1', StudentTransferredV1);
