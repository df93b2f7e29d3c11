import { defineEvent } from '../event-contract';
import { UpdatedFacts } from './record-change';
import { SchoolRegisteredV1 } from './school-registered';

/** A school's card changed (names, municipality, contacts, Sirius id, active): its state after the change. */
export class SchoolUpdatedV1 extends UpdatedFacts(SchoolRegisteredV1) {}

export const SCHOOL_UPDATED_V1 = defineEvent('registry.school.updated.v1', SchoolUpdatedV1);
