import { CodedException, CommonErrorCode } from '@orbita/observability';

/** Codes of the gateway's own resources (accounts, sessions); authentication failures use the common ones. */
export enum GatewayAuthErrorCode {
  EMAIL_TAKEN = 'ACCOUNTS.EMAIL_TAKEN',
  PERSON_TAKEN = 'ACCOUNTS.PERSON_TAKEN',
  ACCOUNT_NOT_FOUND = 'ACCOUNTS.NOT_FOUND',
  SELF_DEACTIVATION = 'ACCOUNTS.SELF_DEACTIVATION',
  WRONG_PASSWORD = 'AUTH.WRONG_PASSWORD',
}

/**
 * 401 `AUTH.UNAUTHENTICATED`. The message never says which part was wrong (unknown e-mail, wrong password,
 * deactivated account), so that the answer does not reveal who has an account.
 */
export class Unauthenticated extends CodedException<CommonErrorCode.UNAUTHENTICATED> {
  constructor(message: string) {
    super(CommonErrorCode.UNAUTHENTICATED, 401, message);
  }
}

export class InvalidCredentials extends Unauthenticated {
  constructor() {
    super('Wrong e-mail or password');
  }
}

export class Forbidden extends CodedException<CommonErrorCode.FORBIDDEN> {
  constructor(message: string) {
    super(CommonErrorCode.FORBIDDEN, 403, message);
  }
}

export class EmailTaken extends CodedException<GatewayAuthErrorCode> {
  constructor(email: string) {
    super(GatewayAuthErrorCode.EMAIL_TAKEN, 409, `An account with the e-mail ${email} exists already`);
  }
}

export class PersonTaken extends CodedException<GatewayAuthErrorCode> {
  constructor(personId: string) {
    super(GatewayAuthErrorCode.PERSON_TAKEN, 409, `Person ${personId} has an account already`);
  }
}

export class AccountNotFound extends CodedException<GatewayAuthErrorCode> {
  constructor(id: string) {
    super(GatewayAuthErrorCode.ACCOUNT_NOT_FOUND, 404, `Account ${id} does not exist`);
  }
}

export class SelfDeactivation extends CodedException<GatewayAuthErrorCode> {
  constructor() {
    super(GatewayAuthErrorCode.SELF_DEACTIVATION, 409, 'You cannot deactivate your own account');
  }
}

/** The current password given to change it is wrong: a 403, the caller is authenticated already. */
export class WrongPassword extends CodedException<GatewayAuthErrorCode> {
  constructor() {
    super(GatewayAuthErrorCode.WRONG_PASSWORD, 403, 'The current password is wrong');
  }
}
