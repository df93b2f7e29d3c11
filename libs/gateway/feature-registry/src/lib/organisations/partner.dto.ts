import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  CreatePartnerRequest,
  ListPartnersQuery,
  PARTNER_KINDS,
  type PartnerKind,
  type PartnerView,
  pageOf,
} from '@orbita/contracts';

import { ExpectedVersionBody } from '../shared/record.dto';
import {
  ACTIVE_FILTER,
  MUNICIPALITY_FILTER,
  Organisation,
  ORGANISATION_FIELDS,
  withDocumentedContacts,
} from './organisation.dto';

const PARTNER_KIND = {
  enum: PARTNER_KINDS,
  description: 'Вуз, СПО, предприятие, институт СО РАН or other (planetarium, museum…)',
  example: 'university',
};
const PARTNER_EXAMPLES = {
  fullName: {
    ...ORGANISATION_FIELDS.fullName,
    example: 'Национальный исследовательский Томский государственный университет',
  },
  shortName: { ...ORGANISATION_FIELDS.shortName, example: 'ТГУ' },
  municipalityId: {
    ...ORGANISATION_FIELDS.municipalityId,
    type: String,
    nullable: true,
    description: 'Null for partners outside the region',
  },
};

export class Partner extends Organisation implements PartnerView {
  @ApiProperty(PARTNER_KIND)
  declare kind: PartnerKind;

  @ApiProperty(PARTNER_EXAMPLES.fullName)
  declare fullName: string;

  @ApiProperty(PARTNER_EXAMPLES.shortName)
  declare shortName: string;
}

export const PartnerPage = pageOf(Partner);

export class PartnerListParams extends ListPartnersQuery {
  @ApiPropertyOptional(PARTNER_KIND)
  declare kind?: PartnerKind;

  @ApiPropertyOptional(MUNICIPALITY_FILTER)
  declare municipalityId?: string;

  @ApiPropertyOptional(ACTIVE_FILTER)
  declare active?: boolean;
}

export class CreatePartner extends withDocumentedContacts(CreatePartnerRequest) {
  @ApiProperty(PARTNER_KIND)
  declare kind: PartnerKind;

  @ApiProperty(PARTNER_EXAMPLES.fullName)
  declare fullName: string;

  @ApiProperty(PARTNER_EXAMPLES.shortName)
  declare shortName: string;

  @ApiPropertyOptional(PARTNER_EXAMPLES.municipalityId)
  declare municipalityId?: string | null;
}

export class UpdatePartner extends IntersectionType(PartialType(CreatePartner), ExpectedVersionBody) {}
