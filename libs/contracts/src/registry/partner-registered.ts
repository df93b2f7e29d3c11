import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../event-contract';
import { PARTNER_KINDS, type PartnerKind } from './organisations';

/** A partner (university, college, enterprise, research institute, other) joined the registry. */
export class PartnerRegisteredV1 {
  @IsUUID()
  partnerId!: string;

  @IsIn(PARTNER_KINDS)
  kind!: PartnerKind;

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

export const PARTNER_REGISTERED_V1 = defineEvent('registry.partner.registered.v1', PartnerRegisteredV1);
