import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../event-contract';

export const CREDIT_FACT_OUTCOMES = ['accepted', 'rejected'] as const;
export type CreditFactOutcome = (typeof CREDIT_FACT_OUTCOMES)[number];

/** The regional centre verified a studio's regional-credit fact: ids only (the reason stays in projects). */
export class CreditFactVerifiedV1 {
  @IsUUID()
  factId!: string;

  @IsUUID()
  studioId!: string;

  @IsUUID()
  cycleId!: string;

  @IsUUID()
  schoolId!: string;

  /** The indicator's id in the cycle's criteria set. */
  @IsString()
  @Length(1, 100)
  indicatorId!: string;

  @IsIn(CREDIT_FACT_OUTCOMES)
  outcome!: CreditFactOutcome;
}

export const CREDIT_FACT_VERIFIED_V1 = defineEvent('projects.credit-fact.verified.v1', CreditFactVerifiedV1);
