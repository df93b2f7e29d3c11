import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { composeDecorators, IsOmittable, ListQuery, ORGANISATION_KINDS, Trimmed, type OrganisationKind } from '@orbita/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { RecordMetadata, VersionedUpdate } from './records';

/**
 * `expired` is never stored: an active agreement whose `validTo` has passed reads as expired, so the
 * status is right every day without a job flipping it.
 */
export const AGREEMENT_STATUSES = ['draft', 'active', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Statuses a create may ask for: an agreement is prepared as a draft or registered already signed. */
export const NEW_AGREEMENT_STATUSES = ['draft', 'active'] as const;
/** Statuses an update may move to (draft → active = signed; → terminated ends it early). */
export const SETTABLE_AGREEMENT_STATUSES = ['draft', 'active', 'terminated'] as const;
export type SettableAgreementStatus = (typeof SETTABLE_AGREEMENT_STATUSES)[number];

/** Fields `sort` accepts on agreement lists. */
export const AGREEMENT_SORT_FIELDS = [
  'validTo',
  'validFrom',
  'signedOn',
  'number',
  'partyName',
  'partnerName',
  'createdAt',
  'id',
] as const;

/** A calendar date, `YYYY-MM-DD`. */
const CalendarDate = () =>
  composeDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }),
  );
const AgreementNumber = () => composeDecorators(Trimmed(), IsString(), Length(1, 100));
const AgreementSubject = () => composeDecorators(Trimmed(), IsString(), Length(1, 2000));
const Obligations = () =>
  composeDecorators(IsArray(), ArrayMaxSize(100), IsString({ each: true }), Length(1, 2000, { each: true }));

const date = (description: string, example: string) => ({ format: 'date', description, example });
const nullableDate = (description: string, example: string) => ({
  ...date(description, example),
  type: String,
  nullable: true,
});
const uuid = (description: string, example: string) => ({ format: 'uuid', description, example });

const FIELDS = {
  number: { description: 'The agreement’s number, unique per signing party', example: '112/ДС-24' },
  signedOn: nullableDate('Date of signing; required once the agreement is active', '2024-09-02'),
  validFrom: date('First day in force', '2024-09-02'),
  validTo: nullableDate('Last day in force; null: open-ended', '2026-12-31'),
  subject: {
    description: 'Предмет договора',
    example:
      'Договор о сотрудничестве: профориентационная работа и сопровождение проектов обучающихся 10-х классов',
  },
  obligations: {
    type: String,
    isArray: true,
    description: 'Obligations of the parties, one item each',
    example: ['Университет проводит не менее четырёх профориентационных мероприятий в учебном году'],
  },
  partyOrganisationId: uuid(
    'The school, the regional centre or the authority that signs',
    '5d0c8a3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f',
  ),
  partnerOrganisationId: uuid(
    'The partner (or foundation) on the other side',
    '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  ),
  programmeId: {
    ...uuid('The programme the agreement serves, if any', '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e'),
    type: String,
    nullable: true,
  },
  terminatedOn: nullableDate('When a termination took effect; defaults to today when terminating', '2025-05-20'),
} as const;

export class ListAgreementsQuery extends ListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Agreements this organisation signed, on either side' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ enum: AGREEMENT_STATUSES })
  @IsOptional()
  @IsIn(AGREEMENT_STATUSES)
  status?: AgreementStatus;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 3650,
    description: 'Agreements in force whose term ends between today and today + N days',
    example: 60,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  expiringWithinDays?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Agreements serving this programme' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;
}

export class CreateAgreementRequest {
  @ApiProperty(FIELDS.number)
  @AgreementNumber()
  number!: string;

  @ApiPropertyOptional(FIELDS.signedOn)
  @IsOptional()
  @CalendarDate()
  signedOn?: string | null;

  @ApiProperty(FIELDS.validFrom)
  @CalendarDate()
  validFrom!: string;

  @ApiPropertyOptional(FIELDS.validTo)
  @IsOptional()
  @CalendarDate()
  validTo?: string | null;

  @ApiProperty(FIELDS.subject)
  @AgreementSubject()
  subject!: string;

  @ApiPropertyOptional(FIELDS.obligations)
  @IsOmittable()
  @Obligations()
  obligations?: string[];

  @ApiPropertyOptional({
    enum: NEW_AGREEMENT_STATUSES,
    description:
      'draft (default) or active: registered already signed (publishes `registry.agreement.signed.v1`)',
    example: 'active',
  })
  @IsOmittable()
  @IsIn(NEW_AGREEMENT_STATUSES)
  status?: (typeof NEW_AGREEMENT_STATUSES)[number];

  @ApiProperty(FIELDS.partyOrganisationId)
  @IsUUID()
  partyOrganisationId!: string;

  @ApiProperty(FIELDS.partnerOrganisationId)
  @IsUUID()
  partnerOrganisationId!: string;

  @ApiPropertyOptional(FIELDS.programmeId)
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;
}

/** Parties never change: a different pair is a different agreement. */
export class UpdateAgreementRequest extends VersionedUpdate {
  @ApiPropertyOptional(FIELDS.number)
  @IsOmittable()
  @AgreementNumber()
  number?: string;

  @ApiPropertyOptional(FIELDS.signedOn)
  @IsOptional()
  @CalendarDate()
  signedOn?: string | null;

  @ApiPropertyOptional(FIELDS.validFrom)
  @IsOmittable()
  @CalendarDate()
  validFrom?: string;

  @ApiPropertyOptional(FIELDS.validTo)
  @IsOptional()
  @CalendarDate()
  validTo?: string | null;

  @ApiPropertyOptional(FIELDS.subject)
  @IsOmittable()
  @AgreementSubject()
  subject?: string;

  @ApiPropertyOptional(FIELDS.obligations)
  @IsOmittable()
  @Obligations()
  obligations?: string[];

  @ApiPropertyOptional({
    enum: SETTABLE_AGREEMENT_STATUSES,
    description:
      'draft → active signs it (needs signedOn); → terminated ends it early; a terminated agreement stays so',
    example: 'terminated',
  })
  @IsOmittable()
  @IsIn(SETTABLE_AGREEMENT_STATUSES)
  status?: SettableAgreementStatus;

  @ApiPropertyOptional(FIELDS.terminatedOn)
  @IsOptional()
  @CalendarDate()
  terminatedOn?: string | null;

  @ApiPropertyOptional(FIELDS.programmeId)
  @IsOptional()
  @IsUUID()
  programmeId?: string | null;
}

@ApiSchema({ name: 'Agreement' })
export class AgreementView extends RecordMetadata {
  @ApiProperty(FIELDS.number)
  number!: string;

  @ApiProperty(FIELDS.signedOn)
  signedOn!: string | null;

  @ApiProperty(FIELDS.validFrom)
  validFrom!: string;

  @ApiProperty(FIELDS.validTo)
  validTo!: string | null;

  @ApiProperty(FIELDS.subject)
  subject!: string;

  @ApiProperty(FIELDS.obligations)
  obligations!: string[];

  @ApiProperty({
    enum: AGREEMENT_STATUSES,
    description: 'expired: active, but past validTo (derived each day, never stored)',
    example: 'active',
  })
  status!: AgreementStatus;

  @ApiProperty(FIELDS.terminatedOn)
  terminatedOn!: string | null;

  @ApiProperty(FIELDS.partyOrganisationId)
  partyOrganisationId!: string;

  @ApiProperty({ example: 'Лицей № 1 им. Пушкина' })
  partyOrganisationName!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'school' })
  partyOrganisationKind!: OrganisationKind;

  @ApiProperty(FIELDS.partnerOrganisationId)
  partnerOrganisationId!: string;

  @ApiProperty({ example: 'ТГУ' })
  partnerOrganisationName!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'university' })
  partnerOrganisationKind!: OrganisationKind;

  @ApiProperty(FIELDS.programmeId)
  programmeId!: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Days from today (in the region) to validTo, for an agreement in force with an end date',
    example: 38,
  })
  daysUntilExpiry!: number | null;
}
