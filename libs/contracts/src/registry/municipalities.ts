import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { composeDecorators, IsOmittable, IsPlainText, Trimmed } from '../common/field-decorators';
import { ListQuery } from '../common/list-query';
import { VersionedUpdate, type RecordMetadata } from './records';

/** Городской округ, муниципальный район, муниципальный округ, ЗАТО. */
export const MUNICIPALITY_KINDS = ['city_district', 'municipal_district', 'municipal_okrug', 'zato'] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/** Fields `sort` accepts on municipality lists. */
export const MUNICIPALITY_SORT_FIELDS = ['name', 'kind', 'id'] as const;

const MunicipalityName = () => composeDecorators(Trimmed(), IsString(), Length(1, 200), IsPlainText());
const MunicipalityKindField = () => IsIn(MUNICIPALITY_KINDS);
/** Codes of the all-Russian classifiers ОКАТО and ОКТМО: 8 or 11 digits. */
const ClassifierCode = () =>
  composeDecorators(Trimmed(), Matches(/^(\d{8}|\d{11})$/, { message: '$property must be 8 or 11 digits' }));

export class ListMunicipalitiesQuery extends ListQuery {
  @IsOptional()
  @IsIn(MUNICIPALITY_KINDS)
  kind?: MunicipalityKind;
}

export class CreateMunicipalityRequest {
  @MunicipalityName()
  name!: string;

  @MunicipalityKindField()
  kind!: MunicipalityKind;

  @IsOptional()
  @ClassifierCode()
  okato?: string | null;

  @IsOptional()
  @ClassifierCode()
  oktmo?: string | null;
}

export class UpdateMunicipalityRequest extends VersionedUpdate {
  @IsOmittable()
  @MunicipalityName()
  name?: string;

  @IsOmittable()
  @MunicipalityKindField()
  kind?: MunicipalityKind;

  @IsOptional()
  @ClassifierCode()
  okato?: string | null;

  @IsOptional()
  @ClassifierCode()
  oktmo?: string | null;
}

export interface MunicipalityView extends RecordMetadata {
  name: string;
  kind: MunicipalityKind;
  okato: string | null;
  oktmo: string | null;
}
