import { defineEvent } from '../event-contract';
import { PersonRegisteredV1 } from './person-registered';
import { UpdatedFacts } from './record-change';

/**
 * A person's record changed or the person was deactivated: the facts after the change (no names, see
 * PersonRegisteredV1). A change of names only still tells consumers that the record moved on.
 */
export class PersonUpdatedV1 extends UpdatedFacts(PersonRegisteredV1) {}

export const PERSON_UPDATED_V1 = defineEvent('registry.person.updated.v1', PersonUpdatedV1);
