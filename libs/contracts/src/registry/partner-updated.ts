import { defineEvent } from '../event-contract';
import { PartnerRegisteredV1 } from './partner-registered';
import { UpdatedFacts } from './record-change';

/** A partner's card changed: its state after the change. */
export class PartnerUpdatedV1 extends UpdatedFacts(PartnerRegisteredV1) {}

export const PARTNER_UPDATED_V1 = defineEvent('registry.partner.updated.v1', PartnerUpdatedV1);
