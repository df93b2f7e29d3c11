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
import { composeDecorators, IsOmittable, Trimmed } from '../common/field-decorators';
import { ListQuery } from '../common/list-query';
import type { OrganisationKind } from './organisations';
import { VersionedUpdate, type RecordMetadata } from './records';

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
export const CalendarDate = () =>
  composeDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }),
  );
const AgreementNumber = () => composeDecorators(Trimmed(), IsString(), Length(1, 100));
const AgreementSubject = () => composeDecorators(Trimmed(), IsString(), Length(1, 2000));
const Obligations = () =>
  composeDecorators(IsArray(), ArrayMaxSize(100), IsString({ each: true }), Length(1, 2000, { each: true }));

export class ListAgreementsQuery extends ListQuery {
  /** Agreements this organisation signed, on either side. */
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsIn(AGREEMENT_STATUSES)
  status?: AgreementStatus;

  /** Active agreements whose term ends between today and today + N days. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  expiringWithinDays?: number;

  @IsOptional()
  @IsUUID()
  programmeId?: string;
}

export class CreateAgreementRequest {
  @AgreementNumber()
  number!: string;

  /** Required when the agreement is registered as active. */
  @IsOptional()
  @CalendarDate()
  signedOn?: string | null;

  @CalendarDate()
  validFrom!: string;

  /** Absent or null: open-ended. */
  @IsOptional()
  @CalendarDate()
  validTo?: string | null;

  @AgreementSubject()
  subject!: string;

  @IsOmittable()
  @Obligations()
  obligations?: string[];

  /** Default `draft`. */
  @IsOmittable()
  @IsIn(NEW_AGREEMENT_STATUSES)
  status?: (typeof NEW_AGREEMENT_STATUSES)[number];

  /** The school, the regional centre or the authority that signs. */
  @IsUUID()
  partyOrganisationId!: string;

  /** The partner (or foundation) on the other side. */
  @IsUUID()
  partnerOrganisationId!: string;

  @IsOptional()
  @IsUUID()
  programmeId?: string | null;
}

/** Parties never change: a different pair is a different agreement. */
export class UpdateAgreementRequest extends VersionedUpdate {
  @IsOmittable()
  @AgreementNumber()
  number?: string;

  @IsOptional()
  @CalendarDate()
  signedOn?: string | null;

  @IsOmittable()
  @CalendarDate()
  validFrom?: string;

  @IsOptional()
  @CalendarDate()
  validTo?: string | null;

  @IsOmittable()
  @AgreementSubject()
  subject?: string;

  @IsOmittable()
  @Obligations()
  obligations?: string[];

  @IsOmittable()
  @IsIn(SETTABLE_AGREEMENT_STATUSES)
  status?: SettableAgreementStatus;

  /** When a termination took effect; defaults to today when the status becomes `terminated`. */
  @IsOptional()
  @CalendarDate()
  terminatedOn?: string | null;

  @IsOptional()
  @IsUUID()
  programmeId?: string | null;
}

export interface AgreementView extends RecordMetadata {
  number: string;
  signedOn: string | null;
  validFrom: string;
  validTo: string | null;
  subject: string;
  obligations: string[];
  status: AgreementStatus;
  terminatedOn: string | null;
  partyOrganisationId: string;
  partyOrganisationName: string;
  partyOrganisationKind: OrganisationKind;
  partnerOrganisationId: string;
  partnerOrganisationName: string;
  partnerOrganisationKind: OrganisationKind;
  programmeId: string | null;
  /** Days from today to `validTo` for an agreement in force with an end date; null otherwise. */
  daysUntilExpiry: number | null;
}
