import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { composeDecorators, IsOmittable, IsPlainText, LowerCased, toBoolean, Trimmed } from '../common/field-decorators';
import { ListQuery } from '../common/list-query';
import { VersionedUpdate, type RecordMetadata } from './records';

/**
 * Every organisation of the region lives in one table, told apart by kind: the regional centre, schools
 * (общеобразовательные организации), partners, and the rest (the education department, the foundation).
 */
export const ORGANISATION_KINDS = [
  'regional_centre',
  'school',
  'university',
  'college',
  'enterprise',
  'research_institute',
  'foundation',
  'authority',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Вузы, СПО, предприятия, институты СО РАН, others (planetarium, museums…). */
export const PARTNER_KINDS = ['university', 'college', 'enterprise', 'research_institute', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const isPartnerKind = (kind: string): kind is PartnerKind =>
  (PARTNER_KINDS as readonly string[]).includes(kind);

/** Fields `sort` accepts on school, partner and organisation lists. */
export const ORGANISATION_SORT_FIELDS = [
  'shortName',
  'fullName',
  'kind',
  'municipalityName',
  'createdAt',
  'updatedAt',
  'id',
] as const;

// The rules of each field, written once for creates and updates.
export const OrganisationFullName = () => composeDecorators(Trimmed(), IsString(), Length(1, 500), IsPlainText());
export const OrganisationShortName = () => composeDecorators(Trimmed(), IsString(), Length(1, 200), IsPlainText());
export const PostalAddress = () => composeDecorators(Trimmed(), IsString(), Length(1, 500), IsPlainText());
export const EmailAddress = () => composeDecorators(LowerCased(), IsEmail(), MaxLength(254));
export const PhoneNumber = () =>
  composeDecorators(
    Trimmed(),
    IsString(),
    Matches(/^\+?[0-9][0-9 ()-]{4,28}[0-9]$/, {
      message: '$property must be a phone number such as +7 3822 123-456',
    }),
  );
export const Website = () =>
  composeDecorators(
    Trimmed(),
    IsUrl({ require_protocol: true, protocols: ['http', 'https'] }),
    MaxLength(300),
  );
/** The organisation's id on the Sirius.Schools platform. */
export const SiriusId = () => composeDecorators(Trimmed(), IsString(), Length(1, 64));
/** ИНН of a legal entity: 10 digits (12 for a sole proprietor). */
export const Inn = () =>
  composeDecorators(
    Trimmed(),
    Matches(/^(\d{10}|\d{12})$/, { message: '$property must be 10 or 12 digits' }),
  );

/** Filters every organisation list shares. */
export class OrganisationListQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

export class ListSchoolsQuery extends OrganisationListQuery {}

export class ListPartnersQuery extends OrganisationListQuery {
  @IsOptional()
  @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;
}

/** Every organisation of the region, e.g. to pick the parties of an agreement. */
export class ListOrganisationsQuery extends OrganisationListQuery {
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;
}

/** Fields a new organisation of any kind has. */
export class NewOrganisation {
  @OrganisationFullName()
  fullName!: string;

  @OrganisationShortName()
  shortName!: string;

  @IsOptional()
  @PostalAddress()
  address?: string | null;

  @IsOptional()
  @EmailAddress()
  email?: string | null;

  @IsOptional()
  @PhoneNumber()
  phone?: string | null;

  @IsOptional()
  @Website()
  website?: string | null;

  @IsOptional()
  @SiriusId()
  siriusId?: string | null;

  @IsOptional()
  @Inn()
  inn?: string | null;

  /** Default true. */
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

export class CreateSchoolRequest extends NewOrganisation {
  @IsUUID()
  municipalityId!: string;
}

export class CreatePartnerRequest extends NewOrganisation {
  @IsIn(PARTNER_KINDS)
  kind!: PartnerKind;

  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;
}

/** Fields an update of any organisation may change; left out = unchanged, null = cleared. */
export class OrganisationUpdate extends VersionedUpdate {
  @IsOmittable()
  @OrganisationFullName()
  fullName?: string;

  @IsOmittable()
  @OrganisationShortName()
  shortName?: string;

  @IsOptional()
  @PostalAddress()
  address?: string | null;

  @IsOptional()
  @EmailAddress()
  email?: string | null;

  @IsOptional()
  @PhoneNumber()
  phone?: string | null;

  @IsOptional()
  @Website()
  website?: string | null;

  @IsOptional()
  @SiriusId()
  siriusId?: string | null;

  @IsOptional()
  @Inn()
  inn?: string | null;

  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

export class UpdateSchoolRequest extends OrganisationUpdate {
  /** A school always belongs to a municipality: it can be moved, not cleared. */
  @IsOmittable()
  @IsUUID()
  municipalityId?: string;
}

export class UpdatePartnerRequest extends OrganisationUpdate {
  @IsOmittable()
  @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;

  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;
}

export interface OrganisationView extends RecordMetadata {
  kind: OrganisationKind;
  fullName: string;
  shortName: string;
  /** Null only for organisations outside the region (e.g. a federal foundation). */
  municipalityId: string | null;
  municipalityName: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  siriusId: string | null;
  inn: string | null;
  active: boolean;
}

export interface SchoolView extends OrganisationView {
  kind: 'school';
  municipalityId: string;
  municipalityName: string;
}

export interface PartnerView extends OrganisationView {
  kind: PartnerKind;
}
