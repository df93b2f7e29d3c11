import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../event-contract';
import { ORGANISATION_KINDS, type OrganisationKind } from './organisations';

/**
 * An organisation that is neither a school nor a partner joined the registry: the regional centre,
 * an education authority, a foundation. Schools and partners have their own events.
 */
export class OrganisationRegisteredV1 {
  @IsUUID()
  organisationId!: string;

  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @IsString()
  @Length(1, 500)
  fullName!: string;

  @IsString()
  @Length(1, 200)
  shortName!: string;

  @IsBoolean()
  active!: boolean;
}

export const ORGANISATION_REGISTERED_V1 = defineEvent(
  'registry.organisation.registered.v1',
  OrganisationRegisteredV1,
);
