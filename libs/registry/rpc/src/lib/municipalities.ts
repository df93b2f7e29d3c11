import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { composeDecorators, IsOmittable, IsPlainText, ListQuery, Trimmed } from '@orbita/contracts';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { RecordMetadata, VersionedUpdate } from './records';

/** Городской округ, муниципальный район, муниципальный округ, ЗАТО. */
export const MUNICIPALITY_KINDS = ['city_district', 'municipal_district', 'municipal_okrug', 'zato'] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/** Fields `sort` accepts on municipality lists. */
export const MUNICIPALITY_SORT_FIELDS = ['name', 'kind', 'id'] as const;

const KIND = {
  enum: MUNICIPALITY_KINDS,
  description: 'Городской округ, муниципальный район, муниципальный округ or ЗАТО',
  example: 'city_district',
};
const NAME = { description: 'Unique name', example: 'Город Томск' };
const OKATO = { description: 'ОКАТО code, 8 or 11 digits', example: '69401000000', type: String, nullable: true };
const OKTMO = { description: 'ОКТМО code, 8 or 11 digits', example: '69701000', type: String, nullable: true };

const MunicipalityName = () => composeDecorators(Trimmed(), IsString(), Length(1, 200), IsPlainText());
const MunicipalityKindField = () => IsIn(MUNICIPALITY_KINDS);
/** Codes of the all-Russian classifiers ОКАТО and ОКТМО: 8 or 11 digits. */
const ClassifierCode = () =>
  composeDecorators(Trimmed(), Matches(/^(\d{8}|\d{11})$/, { message: '$property must be 8 or 11 digits' }));

export class ListMunicipalitiesQuery extends ListQuery {
  @ApiPropertyOptional(KIND)
  @IsOptional()
  @IsIn(MUNICIPALITY_KINDS)
  kind?: MunicipalityKind;
}

export class CreateMunicipalityRequest {
  @ApiProperty(NAME)
  @MunicipalityName()
  name!: string;

  @ApiProperty(KIND)
  @MunicipalityKindField()
  kind!: MunicipalityKind;

  @ApiPropertyOptional(OKATO)
  @IsOptional()
  @ClassifierCode()
  okato?: string | null;

  @ApiPropertyOptional(OKTMO)
  @IsOptional()
  @ClassifierCode()
  oktmo?: string | null;
}

export class UpdateMunicipalityRequest extends VersionedUpdate {
  @ApiPropertyOptional(NAME)
  @IsOmittable()
  @MunicipalityName()
  name?: string;

  @ApiPropertyOptional(KIND)
  @IsOmittable()
  @MunicipalityKindField()
  kind?: MunicipalityKind;

  @ApiPropertyOptional(OKATO)
  @IsOptional()
  @ClassifierCode()
  okato?: string | null;

  @ApiPropertyOptional(OKTMO)
  @IsOptional()
  @ClassifierCode()
  oktmo?: string | null;
}

@ApiSchema({ name: 'Municipality' })
export class MunicipalityView extends RecordMetadata {
  @ApiProperty(NAME)
  name!: string;

  @ApiProperty(KIND)
  kind!: MunicipalityKind;

  @ApiProperty(OKATO)
  okato!: string | null;

  @ApiProperty(OKTMO)
  oktmo!: string | null;
}
