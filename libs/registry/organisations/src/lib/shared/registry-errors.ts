import { CodedException, ValidationFailedException } from '@orbita/observability';

export enum RegistryErrorCode {
  MUNICIPALITY_NOT_FOUND = 'REGISTRY.MUNICIPALITY_NOT_FOUND',
  ORGANISATION_NOT_FOUND = 'REGISTRY.ORGANISATION_NOT_FOUND',
  SCHOOL_NOT_FOUND = 'REGISTRY.SCHOOL_NOT_FOUND',
  PARTNER_NOT_FOUND = 'REGISTRY.PARTNER_NOT_FOUND',
  PERSON_NOT_FOUND = 'REGISTRY.PERSON_NOT_FOUND',
  AGREEMENT_NOT_FOUND = 'REGISTRY.AGREEMENT_NOT_FOUND',
  PROGRAMME_NOT_FOUND = 'REGISTRY.PROGRAMME_NOT_FOUND',
  PARTICIPATION_NOT_FOUND = 'REGISTRY.PARTICIPATION_NOT_FOUND',
  DUPLICATE_NAME = 'REGISTRY.DUPLICATE_NAME',
  DUPLICATE_SIRIUS_ID = 'REGISTRY.DUPLICATE_SIRIUS_ID',
  DUPLICATE_EMAIL = 'REGISTRY.DUPLICATE_EMAIL',
  DUPLICATE_NUMBER = 'REGISTRY.DUPLICATE_NUMBER',
  DUPLICATE_CODE = 'REGISTRY.DUPLICATE_CODE',
  DUPLICATE_PARTICIPATION = 'REGISTRY.DUPLICATE_PARTICIPATION',
  STALE_VERSION = 'REGISTRY.STALE_VERSION',
  INVALID_STATUS_TRANSITION = 'REGISTRY.INVALID_STATUS_TRANSITION',
}

export type RecordKind =
  | 'municipality'
  | 'organisation'
  | 'school'
  | 'partner'
  | 'person'
  | 'agreement'
  | 'programme'
  | 'participation';

const NOT_FOUND_CODES: Readonly<Record<RecordKind, RegistryErrorCode>> = {
  municipality: RegistryErrorCode.MUNICIPALITY_NOT_FOUND,
  organisation: RegistryErrorCode.ORGANISATION_NOT_FOUND,
  school: RegistryErrorCode.SCHOOL_NOT_FOUND,
  partner: RegistryErrorCode.PARTNER_NOT_FOUND,
  person: RegistryErrorCode.PERSON_NOT_FOUND,
  agreement: RegistryErrorCode.AGREEMENT_NOT_FOUND,
  programme: RegistryErrorCode.PROGRAMME_NOT_FOUND,
  participation: RegistryErrorCode.PARTICIPATION_NOT_FOUND,
};

/**
 * 404 for a record that does not exist or lies outside the caller's school: the two answer alike so that
 * a school coordinator cannot learn what other schools hold. `field` names the request field that
 * referred to it, when the record was referenced from a body rather than addressed.
 */
export class RecordNotFound extends CodedException<RegistryErrorCode> {
  constructor(kind: RecordKind, id: string, field?: string) {
    const message = `There is no ${kind} ${id}`;
    super(NOT_FOUND_CODES[kind], 404, message, field ? [{ field, message }] : undefined);
  }
}

/** 409: another record already holds this value of a unique field. */
export class DuplicateValue extends CodedException<RegistryErrorCode> {
  constructor(code: RegistryErrorCode, field: string, message: string) {
    super(code, 409, message, [{ field, message }]);
  }
}

/** 409: the record changed since the caller read it. */
export class StaleVersion extends CodedException<RegistryErrorCode.STALE_VERSION> {
  constructor(kind: RecordKind, expected: number, current: number) {
    super(
      RegistryErrorCode.STALE_VERSION,
      409,
      `The ${kind} is at version ${current}, not ${expected}: someone changed it meanwhile; reload and apply the change again`,
      [{ field: 'expectedVersion', message: `current version is ${current}` }],
    );
  }
}

export class InvalidStatusTransition extends CodedException<RegistryErrorCode.INVALID_STATUS_TRANSITION> {
  constructor(from: string, to: string) {
    const message = `An agreement cannot go from ${from} to ${to}`;
    super(RegistryErrorCode.INVALID_STATUS_TRANSITION, 409, message, [{ field: 'status', message }]);
  }
}

/** A request that passed the format checks but breaks a rule about one field (a 400 naming it). */
export const invalidField = (field: string, message: string) =>
  new ValidationFailedException([{ field, message }]);
