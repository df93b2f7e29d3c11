import type { CodedException } from '@orbita/observability';
import { constraintViolationOf } from '@orbita/persistence';
import { DuplicateValue, RegistryErrorCode, invalidField } from './registry-errors';

/**
 * What each named constraint of the migration means to a caller. The service checks these rules before
 * writing; the database has the last word when two requests race, and its refusal still answers 409 or
 * 400 naming the field instead of 500.
 */
const CONSTRAINT_ERRORS: Readonly<Record<string, () => CodedException>> = {
  municipalities_name_key: () =>
    new DuplicateValue(
      RegistryErrorCode.DUPLICATE_NAME,
      'name',
      'A municipality with this name already exists',
    ),
  organisations_full_name_key: () =>
    new DuplicateValue(
      RegistryErrorCode.DUPLICATE_NAME,
      'fullName',
      'An organisation with this full name already exists',
    ),
  organisations_sirius_id_key: () =>
    new DuplicateValue(
      RegistryErrorCode.DUPLICATE_SIRIUS_ID,
      'siriusId',
      'Another organisation has this Sirius id',
    ),
  organisations_school_municipality_check: () =>
    invalidField('municipalityId', 'a school must belong to a municipality'),
  people_email_key: () =>
    new DuplicateValue(RegistryErrorCode.DUPLICATE_EMAIL, 'email', 'Another person has this e-mail'),
  agreements_party_number_key: () =>
    new DuplicateValue(
      RegistryErrorCode.DUPLICATE_NUMBER,
      'number',
      'This party already has an agreement with this number',
    ),
  programmes_code_key: () =>
    new DuplicateValue(RegistryErrorCode.DUPLICATE_CODE, 'code', 'A programme with this code already exists'),
  programme_participation_key: () =>
    new DuplicateValue(
      RegistryErrorCode.DUPLICATE_PARTICIPATION,
      'schoolId',
      'The school already takes part in this programme in this school year',
    ),
  agreements_term_check: () => invalidField('validTo', 'must not be before validFrom'),
  agreements_signed_check: () => invalidField('signedOn', 'an active agreement needs the date it was signed'),
  agreements_parties_check: () =>
    invalidField('partnerOrganisationId', 'must differ from partyOrganisationId'),
};

/** The coded exception for a constraint violation this service knows, else the error unchanged. */
export function translateConstraintViolation(error: unknown): unknown {
  const violation = constraintViolationOf(error);
  const translate = violation && CONSTRAINT_ERRORS[violation.constraint];
  return translate ? translate() : error;
}
