import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { CreateSchoolRequest, ListSchoolsQuery, type SchoolView, pageOf } from '@orbita/contracts';

import { ExpectedVersionBody } from '../shared/record.dto';
import {
  ACTIVE_FILTER,
  MUNICIPALITY_FILTER,
  Organisation,
  ORGANISATION_FIELDS,
  withDocumentedContacts,
} from './organisation.dto';

export class School extends Organisation implements SchoolView {
  @ApiProperty({ enum: ['school'], example: 'school' })
  declare kind: 'school';

  @ApiProperty(ORGANISATION_FIELDS.municipalityId)
  declare municipalityId: string;

  @ApiProperty({ example: 'Город Томск' })
  declare municipalityName: string;
}

export const SchoolPage = pageOf(School);

export class SchoolListParams extends ListSchoolsQuery {
  @ApiPropertyOptional(MUNICIPALITY_FILTER)
  declare municipalityId?: string;

  @ApiPropertyOptional(ACTIVE_FILTER)
  declare active?: boolean;
}

export class CreateSchool extends withDocumentedContacts(CreateSchoolRequest) {
  @ApiProperty(ORGANISATION_FIELDS.fullName)
  declare fullName: string;

  @ApiProperty(ORGANISATION_FIELDS.shortName)
  declare shortName: string;

  @ApiProperty(ORGANISATION_FIELDS.municipalityId)
  declare municipalityId: string;
}

/** Fields left out stay as they are; null clears an optional field (never the names or the municipality). */
export class UpdateSchool extends IntersectionType(PartialType(CreateSchool), ExpectedVersionBody) {}
