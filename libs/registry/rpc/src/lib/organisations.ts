import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  composeDecorators,
  IsOmittable,
  IsPlainText,
  ListQuery,
  LowerCased,
  ORGANISATION_KINDS,
  PARTNER_KINDS,
  toBoolean,
  Trimmed,
  type OrganisationKind,
  type PartnerKind,
} from '@orbita/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { RecordMetadata, VersionedUpdate } from './records';

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
const OrganisationFullName = () => composeDecorators(Trimmed(), IsString(), Length(1, 500), IsPlainText());
const OrganisationShortName = () => composeDecorators(Trimmed(), IsString(), Length(1, 200), IsPlainText());
const PostalAddress = () => composeDecorators(Trimmed(), IsString(), Length(1, 500), IsPlainText());
export const EmailAddress = () => composeDecorators(LowerCased(), IsEmail(), MaxLength(254));
export const PhoneNumber = () =>
  composeDecorators(
    Trimmed(),
    IsString(),
    Matches(/^\+?[0-9][0-9 ()-]{4,28}[0-9]$/, {
      message: '$property must be a phone number such as +7 3822 123-456',
    }),
  );
const Website = () =>
  composeDecorators(
    Trimmed(),
    IsUrl({ require_protocol: true, protocols: ['http', 'https'] }),
    MaxLength(300),
  );
/** The organisation's id on the Sirius.Schools platform. */
const SiriusId = () => composeDecorators(Trimmed(), IsString(), Length(1, 64));
/** ИНН of a legal entity: 10 digits (12 for a sole proprietor). */
const Inn = () =>
  composeDecorators(
    Trimmed(),
    Matches(/^(\d{10}|\d{12})$/, { message: '$property must be 10 or 12 digits' }),
  );

const nullableText = (description: string, example: string) => ({
  description,
  example,
  type: String,
  nullable: true,
});

/** How the API documents each organisation field, for schools and partners alike. */
const FIELDS = {
  fullName: {
    description: 'Official full name, unique in the registry',
    example: 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска',
  },
  shortName: { description: 'Name for lists and documents', example: 'Лицей № 1 им. Пушкина' },
  municipalityId: { format: 'uuid', example: '8d2f4b6a-1c3e-4f5a-9b7c-0d1e2f3a4b5c' },
  address: nullableText('Postal address', 'г. Томск, ул. Нахимова, 30'),
  email: nullableText('Contact e-mail (stored in lower case)', 'info@school1.demo.orbita.local'),
  phone: nullableText('Contact phone', '+7 3822 123-456'),
  website: nullableText('http(s) address', 'https://school1.demo.orbita.local'),
  siriusId: nullableText('The organisation’s id on the Sirius.Schools platform', 'SR-70-0012'),
  inn: nullableText('ИНН, 10 or 12 digits', '7018012345'),
  active: { description: 'Inactive organisations stay for history; default true', example: true },
} as const;
const PARTNER_KIND = {
  enum: PARTNER_KINDS,
  description: 'Вуз, СПО, предприятие, институт СО РАН or other (planetarium, museum…)',
  example: 'university',
};
const PARTNER_FIELDS = {
  fullName: { ...FIELDS.fullName, example: 'Национальный исследовательский Томский государственный университет' },
  shortName: { ...FIELDS.shortName, example: 'ТГУ' },
  municipalityId: {
    ...FIELDS.municipalityId,
    type: String,
    nullable: true,
    description: 'Null for partners outside the region',
  },
};
const MUNICIPALITY_FILTER = { format: 'uuid', description: 'Only organisations of this municipality' };
const ACTIVE_FILTER = { type: Boolean, description: 'true: active only; false: inactive only' };

/** Filters every organisation list shares. */
export class OrganisationListQuery extends ListQuery {
  @ApiPropertyOptional(MUNICIPALITY_FILTER)
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional(ACTIVE_FILTER)
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

export class ListSchoolsQuery extends OrganisationListQuery {}

export class ListPartnersQuery extends OrganisationListQuery {
  @ApiPropertyOptional(PARTNER_KIND)
  @IsOptional()
  @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;
}

/** Every organisation of the region, e.g. to pick the parties of an agreement. */
export class ListOrganisationsQuery extends OrganisationListQuery {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;
}

/** Fields a new organisation of any kind has (the names are documented per kind). */
export class NewOrganisation {
  @OrganisationFullName()
  fullName!: string;

  @OrganisationShortName()
  shortName!: string;

  @ApiPropertyOptional(FIELDS.address)
  @IsOptional()
  @PostalAddress()
  address?: string | null;

  @ApiPropertyOptional(FIELDS.email)
  @IsOptional()
  @EmailAddress()
  email?: string | null;

  @ApiPropertyOptional(FIELDS.phone)
  @IsOptional()
  @PhoneNumber()
  phone?: string | null;

  @ApiPropertyOptional(FIELDS.website)
  @IsOptional()
  @Website()
  website?: string | null;

  @ApiPropertyOptional(FIELDS.siriusId)
  @IsOptional()
  @SiriusId()
  siriusId?: string | null;

  @ApiPropertyOptional(FIELDS.inn)
  @IsOptional()
  @Inn()
  inn?: string | null;

  @ApiPropertyOptional(FIELDS.active)
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

export class CreateSchoolRequest extends NewOrganisation {
  @ApiProperty(FIELDS.fullName)
  declare fullName: string;

  @ApiProperty(FIELDS.shortName)
  declare shortName: string;

  @ApiProperty(FIELDS.municipalityId)
  @IsUUID()
  municipalityId!: string;
}

export class CreatePartnerRequest extends NewOrganisation {
  @ApiProperty(PARTNER_KIND)
  @IsIn(PARTNER_KINDS)
  kind!: PartnerKind;

  @ApiProperty(PARTNER_FIELDS.fullName)
  declare fullName: string;

  @ApiProperty(PARTNER_FIELDS.shortName)
  declare shortName: string;

  @ApiPropertyOptional(PARTNER_FIELDS.municipalityId)
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

  @ApiPropertyOptional(FIELDS.address)
  @IsOptional()
  @PostalAddress()
  address?: string | null;

  @ApiPropertyOptional(FIELDS.email)
  @IsOptional()
  @EmailAddress()
  email?: string | null;

  @ApiPropertyOptional(FIELDS.phone)
  @IsOptional()
  @PhoneNumber()
  phone?: string | null;

  @ApiPropertyOptional(FIELDS.website)
  @IsOptional()
  @Website()
  website?: string | null;

  @ApiPropertyOptional(FIELDS.siriusId)
  @IsOptional()
  @SiriusId()
  siriusId?: string | null;

  @ApiPropertyOptional(FIELDS.inn)
  @IsOptional()
  @Inn()
  inn?: string | null;

  @ApiPropertyOptional(FIELDS.active)
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

/** Fields left out stay as they are; null clears an optional field (never the names or the municipality). */
export class UpdateSchoolRequest extends OrganisationUpdate {
  @ApiPropertyOptional(FIELDS.fullName)
  declare fullName?: string;

  @ApiPropertyOptional(FIELDS.shortName)
  declare shortName?: string;

  /** A school always belongs to a municipality: it can be moved, not cleared. */
  @ApiPropertyOptional(FIELDS.municipalityId)
  @IsOmittable()
  @IsUUID()
  municipalityId?: string;
}

export class UpdatePartnerRequest extends OrganisationUpdate {
  @ApiPropertyOptional(PARTNER_KIND)
  @IsOmittable()
  @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;

  @ApiPropertyOptional(PARTNER_FIELDS.fullName)
  declare fullName?: string;

  @ApiPropertyOptional(PARTNER_FIELDS.shortName)
  declare shortName?: string;

  @ApiPropertyOptional(PARTNER_FIELDS.municipalityId)
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;
}

@ApiSchema({ name: 'Organisation' })
export class OrganisationView extends RecordMetadata {
  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'school' })
  kind!: OrganisationKind;

  @ApiProperty(FIELDS.fullName)
  fullName!: string;

  @ApiProperty(FIELDS.shortName)
  shortName!: string;

  @ApiProperty({ ...FIELDS.municipalityId, type: String, nullable: true, description: 'Null only outside the region' })
  municipalityId!: string | null;

  @ApiProperty(nullableText('Name of the municipality', 'Город Томск'))
  municipalityName!: string | null;

  @ApiProperty(FIELDS.address)
  address!: string | null;

  @ApiProperty(FIELDS.email)
  email!: string | null;

  @ApiProperty(FIELDS.phone)
  phone!: string | null;

  @ApiProperty(FIELDS.website)
  website!: string | null;

  @ApiProperty(FIELDS.siriusId)
  siriusId!: string | null;

  @ApiProperty(FIELDS.inn)
  inn!: string | null;

  @ApiProperty(FIELDS.active)
  active!: boolean;
}

@ApiSchema({ name: 'School' })
export class SchoolView extends OrganisationView {
  @ApiProperty({ enum: ['school'], example: 'school' })
  declare kind: 'school';

  @ApiProperty(FIELDS.municipalityId)
  declare municipalityId: string;

  @ApiProperty({ example: 'Город Томск' })
  declare municipalityName: string;
}

@ApiSchema({ name: 'Partner' })
export class PartnerView extends OrganisationView {
  @ApiProperty(PARTNER_KIND)
  declare kind: PartnerKind;

  @ApiProperty(PARTNER_FIELDS.fullName)
  declare fullName: string;

  @ApiProperty(PARTNER_FIELDS.shortName)
  declare shortName: string;
}
