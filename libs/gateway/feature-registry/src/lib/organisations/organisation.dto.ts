import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ListOrganisationsQuery,
  ORGANISATION_KINDS,
  type NewOrganisation,
  type OrganisationKind,
  type OrganisationView,
  pageOf,
} from '@orbita/contracts';

import { RecordMetadataResource } from '../shared/record.dto';

const nullableText = (description: string, example: string) => ({
  description,
  example,
  type: String,
  nullable: true,
});

/** How the API documents each organisation field, for schools and partners alike. */
export const ORGANISATION_FIELDS = {
  kind: { enum: ORGANISATION_KINDS, example: 'school' },
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

export class Organisation extends RecordMetadataResource implements OrganisationView {
  @ApiProperty(ORGANISATION_FIELDS.kind)
  kind!: OrganisationKind;

  @ApiProperty(ORGANISATION_FIELDS.fullName)
  fullName!: string;

  @ApiProperty(ORGANISATION_FIELDS.shortName)
  shortName!: string;

  @ApiProperty({
    ...ORGANISATION_FIELDS.municipalityId,
    type: String,
    nullable: true,
    description: 'Null only outside the region',
  })
  municipalityId!: string | null;

  @ApiProperty(nullableText('Name of the municipality', 'Город Томск'))
  municipalityName!: string | null;

  @ApiProperty(ORGANISATION_FIELDS.address)
  address!: string | null;

  @ApiProperty(ORGANISATION_FIELDS.email)
  email!: string | null;

  @ApiProperty(ORGANISATION_FIELDS.phone)
  phone!: string | null;

  @ApiProperty(ORGANISATION_FIELDS.website)
  website!: string | null;

  @ApiProperty(ORGANISATION_FIELDS.siriusId)
  siriusId!: string | null;

  @ApiProperty(ORGANISATION_FIELDS.inn)
  inn!: string | null;

  @ApiProperty(ORGANISATION_FIELDS.active)
  active!: boolean;
}

export const OrganisationPage = pageOf(Organisation);

/** Filters every organisation list shares (`municipalityId`, `active`). */
export const MUNICIPALITY_FILTER = { format: 'uuid', description: 'Only organisations of this municipality' };
export const ACTIVE_FILTER = { type: Boolean, description: 'true: active only; false: inactive only' };

export class OrganisationListParams extends ListOrganisationsQuery {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  declare kind?: OrganisationKind;

  @ApiPropertyOptional(MUNICIPALITY_FILTER)
  declare municipalityId?: string;

  @ApiPropertyOptional(ACTIVE_FILTER)
  declare active?: boolean;
}

/** A create request of the contracts, with its contact fields (shared by schools and partners) documented. */
export function withDocumentedContacts<T extends Type<NewOrganisation>>(request: T) {
  class WithDocumentedContacts extends request {
    @ApiPropertyOptional(ORGANISATION_FIELDS.address)
    declare address?: string | null;

    @ApiPropertyOptional(ORGANISATION_FIELDS.email)
    declare email?: string | null;

    @ApiPropertyOptional(ORGANISATION_FIELDS.phone)
    declare phone?: string | null;

    @ApiPropertyOptional(ORGANISATION_FIELDS.website)
    declare website?: string | null;

    @ApiPropertyOptional(ORGANISATION_FIELDS.siriusId)
    declare siriusId?: string | null;

    @ApiPropertyOptional(ORGANISATION_FIELDS.inn)
    declare inn?: string | null;

    @ApiPropertyOptional(ORGANISATION_FIELDS.active)
    declare active?: boolean;
  }
  return WithDocumentedContacts;
}
