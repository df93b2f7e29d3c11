import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  CreateMunicipalityRequest,
  ListMunicipalitiesQuery,
  MUNICIPALITY_KINDS,
  type MunicipalityKind,
  type MunicipalityView,
  pageOf,
} from '@orbita/contracts';

import { ExpectedVersionBody, RecordMetadataResource } from '../shared/record.dto';

const KIND = {
  enum: MUNICIPALITY_KINDS,
  description: 'Городской округ, муниципальный район, муниципальный округ or ЗАТО',
  example: 'city_district',
};
const NAME = { description: 'Unique name', example: 'Город Томск' };
const OKATO = {
  description: 'ОКАТО code, 8 or 11 digits',
  example: '69401000000',
  type: String,
  nullable: true,
};
const OKTMO = {
  description: 'ОКТМО code, 8 or 11 digits',
  example: '69701000',
  type: String,
  nullable: true,
};

export class Municipality extends RecordMetadataResource implements MunicipalityView {
  @ApiProperty(NAME)
  name!: string;

  @ApiProperty(KIND)
  kind!: MunicipalityKind;

  @ApiProperty(OKATO)
  okato!: string | null;

  @ApiProperty(OKTMO)
  oktmo!: string | null;
}

export const MunicipalityPage = pageOf(Municipality);

export class MunicipalityListParams extends ListMunicipalitiesQuery {
  @ApiPropertyOptional(KIND)
  declare kind?: MunicipalityKind;
}

export class CreateMunicipality extends CreateMunicipalityRequest {
  @ApiProperty(NAME)
  declare name: string;

  @ApiProperty(KIND)
  declare kind: MunicipalityKind;

  @ApiPropertyOptional(OKATO)
  declare okato?: string | null;

  @ApiPropertyOptional(OKTMO)
  declare oktmo?: string | null;
}

export class UpdateMunicipality extends IntersectionType(
  PartialType(CreateMunicipality),
  ExpectedVersionBody,
) {}
