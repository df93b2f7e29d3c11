import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { CreateProgrammeRequest, ListProgrammesQuery, type ProgrammeView, pageOf } from '@orbita/contracts';

import { ExpectedVersionBody, RecordMetadataResource } from '../shared/record.dto';

const PROGRAMME_FIELDS = {
  code: {
    description: 'Stable identity other services key on: lower-case letters, digits and _',
    example: 'sirius_partner_schools',
  },
  title: { example: 'Школы – ассоциированные партнёры «Сириуса»' },
  shortName: { type: String, nullable: true, example: 'Партнёры «Сириуса»' },
  description: {
    type: String,
    nullable: true,
    example:
      'Сеть общеобразовательных организаций с углублённым изучением математики и естественно-научных предметов',
  },
};

export class Programme extends RecordMetadataResource implements ProgrammeView {
  @ApiProperty(PROGRAMME_FIELDS.code)
  code!: string;

  @ApiProperty(PROGRAMME_FIELDS.title)
  title!: string;

  @ApiProperty(PROGRAMME_FIELDS.shortName)
  shortName!: string | null;

  @ApiProperty(PROGRAMME_FIELDS.description)
  description!: string | null;
}

export const ProgrammePage = pageOf(Programme);

/** No filters besides the list convention's. */
export class ProgrammeListParams extends ListProgrammesQuery {}

export class CreateProgramme extends CreateProgrammeRequest {
  @ApiProperty(PROGRAMME_FIELDS.code)
  declare code: string;

  @ApiProperty(PROGRAMME_FIELDS.title)
  declare title: string;

  @ApiPropertyOptional(PROGRAMME_FIELDS.shortName)
  declare shortName?: string | null;

  @ApiPropertyOptional(PROGRAMME_FIELDS.description)
  declare description?: string | null;
}

/** The code never changes. */
export class UpdateProgramme extends IntersectionType(
  PartialType(OmitType(CreateProgramme, ['code'] as const)),
  ExpectedVersionBody,
) {}
