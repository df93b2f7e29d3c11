import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { defineEvent } from '../event-contract';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A cooperation agreement came into force: registered as active, or a draft was signed. */
export class AgreementSignedV1 {
  @IsUUID()
  agreementId!: string;

  @IsString()
  @Length(1, 100)
  number!: string;

  @IsUUID()
  partyOrganisationId!: string;

  @IsUUID()
  partnerOrganisationId!: string;

  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @Matches(ISO_DATE)
  signedOn!: string;

  @Matches(ISO_DATE)
  validFrom!: string;

  /** Absent for an open-ended agreement. */
  @IsOptional()
  @Matches(ISO_DATE)
  validTo?: string;
}

export const AGREEMENT_SIGNED_V1 = defineEvent('registry.agreement.signed.v1', AgreementSignedV1);
