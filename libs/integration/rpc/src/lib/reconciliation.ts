import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOmittable, ListQuery } from '@orbita/contracts';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

/**
 * What reconciling a school's class lists with the platform finds:
 * - `link_proposed`: a platform person matches one of our students by the rules (not yet by id): approve to link;
 * - `platform_only`: registered at the school on the platform, in none of our class lists;
 * - `not_registered`: in our class lists, not registered on the platform;
 * - `class_differs`: linked, but in another class or grade on the platform;
 * - `duplicate`: two or more platform accounts for one of our students: approve to merge them into the kept one;
 * - `deletion_proposed`: the platform marked a linked person `tobedeleted`: approve to drop the link (nothing
 *   of ours is deleted), reject to keep it.
 */
export const MISMATCH_KINDS = [
  'link_proposed',
  'platform_only',
  'not_registered',
  'class_differs',
  'duplicate',
  'deletion_proposed',
] as const;
export type MismatchKind = (typeof MISMATCH_KINDS)[number];

/** `open` awaits a decision; `resolved`: a later reconciliation no longer finds it. */
export const MISMATCH_STATUSES = ['open', 'approved', 'rejected', 'resolved'] as const;
export type MismatchStatus = (typeof MISMATCH_STATUSES)[number];

export const MISMATCH_DECISIONS = ['approve', 'reject'] as const;
export type MismatchDecision = (typeof MISMATCH_DECISIONS)[number];

export const MISMATCH_SORT_FIELDS = ['kind', 'detectedAt'] as const;

export class ListMismatchesQuery extends ListQuery {
  /** Required of region-wide callers; a school's account sees its own school only. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  schoolId?: string;

  @ApiPropertyOptional({ enum: MISMATCH_KINDS })
  @IsOptional()
  @IsIn(MISMATCH_KINDS)
  kind?: MismatchKind;

  @ApiPropertyOptional({ enum: MISMATCH_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(MISMATCH_STATUSES)
  status?: MismatchStatus;
}

export class DecideMismatchCommand {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: MISMATCH_DECISIONS })
  @IsIn(MISMATCH_DECISIONS)
  decision!: MismatchDecision;

  /** For a `duplicate`: the platform account to keep (the others are merged into it). */
  @ApiPropertyOptional({ example: 'usr-s-0042' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  keepExternalId?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  comment?: string;
}

export class ReconcileCommand {
  /** One school (school accounts: their own); region-wide callers may leave it out for every school. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  schoolId?: string;
}

/** A person as the platform holds them (names shown to the school's coordinator only). */
export class PlatformPersonView {
  @ApiProperty({ example: 'usr-s-0042', description: 'The platform’s id (OneRoster sourcedId)' })
  externalId!: string;

  @ApiProperty({ example: 'Ветлугина' })
  surname!: string;

  @ApiProperty({ example: 'Анна' })
  name!: string;

  @ApiProperty({ nullable: true, type: String })
  patronymic!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  birthDate!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '10 А', description: 'Class title on the platform' })
  classTitle!: string | null;

  @ApiProperty({ nullable: true, type: Number, example: 10 })
  grade!: number | null;

  @ApiProperty({ enum: ['active', 'tobedeleted'] })
  status!: 'active' | 'tobedeleted';
}

/** One of our students, as the class lists hold them. */
export class OurStudentView {
  @ApiProperty({ format: 'uuid' })
  studentId!: string;

  @ApiProperty({ example: 'Ветлугина' })
  surname!: string;

  @ApiProperty({ example: 'Анна' })
  name!: string;

  @ApiProperty({ nullable: true, type: String })
  patronymic!: string | null;

  @ApiProperty({ format: 'date' })
  birthDate!: string;

  @ApiProperty({ example: '10 А' })
  classLabel!: string;

  @ApiProperty({ example: 10 })
  grade!: number;
}

export class MismatchView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  schoolId!: string;

  @ApiProperty({ enum: MISMATCH_KINDS })
  kind!: MismatchKind;

  @ApiProperty({ enum: MISMATCH_STATUSES })
  status!: MismatchStatus;

  @ApiProperty({
    nullable: true,
    type: Number,
    example: 0.9,
    description: 'How sure the match is (0–1), for link proposals and duplicates',
  })
  confidence!: number | null;

  @ApiProperty({ example: 'фамилия, имя и дата рождения совпадают; отчество отличается' })
  reason!: string;

  @ApiProperty({ type: [PlatformPersonView], description: 'The platform’s side (two or more for a duplicate)' })
  platform!: PlatformPersonView[];

  @ApiProperty({ type: OurStudentView, nullable: true, description: 'Our side, when there is one' })
  student!: OurStudentView | null;

  @ApiProperty({ format: 'date-time' })
  detectedAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  decidedAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  comment!: string | null;
}

/** A school's reconciliation at a glance (the list of schools in the report). */
export class SchoolReconciliationView {
  @ApiProperty({ format: 'uuid' })
  schoolId!: string;

  @ApiProperty({ example: 'org-lyceum-1-tomsk', description: 'The school’s id on the platform' })
  schoolExternalId!: string;

  @ApiProperty({ example: 'МАОУ лицей № 1' })
  schoolName!: string;

  @ApiProperty({ example: 48, description: 'Our students linked to a platform account' })
  linked!: number;

  @ApiProperty({ example: 3, description: 'Mismatches awaiting a decision' })
  open!: number;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  reconciledAt!: string | null;
}

export class ListSchoolReconciliationsQuery extends ListQuery {}

export class ReconciliationStartedView {
  @ApiProperty({ format: 'uuid' })
  reconciliationId!: string;

  @ApiProperty({ example: 1, description: 'Schools reconciled' })
  schools!: number;

  @ApiProperty({ example: 2, description: 'Mismatches new in this reconciliation' })
  newMismatches!: number;
}
