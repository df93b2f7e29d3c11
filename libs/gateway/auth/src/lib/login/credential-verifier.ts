import { Inject, Injectable } from '@nestjs/common';
import type { Account } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { PasswordHasher } from '../accounts/password-hasher';

/**
 * Proves who is signing in. The local verifier checks e-mail and password against `gateway.accounts`;
 * an OIDC provider (Keycloak) replaces it by binding another class to this token, and the sessions,
 * tokens, guards and audit stay as they are (docs/adr/0002-gateway-tokens-and-sessions.md).
 */
export abstract class CredentialVerifier {
  /** The active account the credentials prove, or `undefined`, never saying which part was wrong. */
  abstract verify(email: string, password: string): Promise<Account | undefined>;
}

@Injectable()
export class LocalCredentialVerifier extends CredentialVerifier {
  constructor(
    @Inject(AccountsService) private readonly accounts: AccountsService,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
  ) {
    super();
  }

  async verify(email: string, password: string): Promise<Account | undefined> {
    const account = await this.accounts.findByEmail(email);
    // Verifies even without an account, so that timing does not tell which e-mails exist.
    const matches = await this.hasher.verify(account?.passwordHash, password);
    return matches && account?.active ? account : undefined;
  }
}
