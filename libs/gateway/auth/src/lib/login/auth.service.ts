import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@orbita/auth';
import type { Account } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { AccountView } from '../accounts/dto/account.view';
import { PasswordHasher } from '../accounts/password-hasher';
import { AuditLog, type AuditRequest } from '../audit/audit-log.service';
import { InvalidCredentials, Unauthenticated, WrongPassword } from '../errors';
import { AccessTokens } from '../sessions/access-tokens';
import { SessionsService, type IssuedRefreshToken } from '../sessions/sessions.service';
import { CredentialVerifier } from './credential-verifier';

/** A signed-in session as login and refresh hand it out. */
export interface SignedIn {
  accessToken: string;
  expiresIn: number;
  refresh: IssuedRefreshToken;
  account: AccountView;
}

/** Login, refresh, logout and password change, each audited. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(CredentialVerifier) private readonly credentials: CredentialVerifier,
    @Inject(AccountsService) private readonly accounts: AccountsService,
    @Inject(PasswordHasher) private readonly hasher: PasswordHasher,
    @Inject(SessionsService) private readonly sessions: SessionsService,
    @Inject(AccessTokens) private readonly accessTokens: AccessTokens,
    @Inject(AuditLog) private readonly auditLog: AuditLog,
  ) {}

  async login(email: string, password: string, request: AuditRequest): Promise<SignedIn> {
    const account = await this.credentials.verify(email, password);
    if (!account) {
      await this.auditLog.record({ action: 'login_failed', request, status: 401, details: { email } });
      throw new InvalidCredentials();
    }
    const signedIn = await this.signIn(account, await this.sessions.start(account.id, request.ip));
    await this.auditLog.record({
      action: 'login',
      actor: actorOf(account),
      resourceType: 'account',
      resourceId: account.id,
      request,
      status: 200,
    });
    return signedIn;
  }

  async refresh(refreshToken: string, request: AuditRequest): Promise<SignedIn> {
    const rotation = await this.sessions.rotate(refreshToken, request.ip);
    if (rotation.ok) return this.signIn(rotation.account, rotation.issued);
    if (rotation.reason === 'reused') {
      await this.auditLog.record({
        action: 'refresh_reuse',
        actor: { userId: rotation.accountId },
        resourceType: 'account',
        resourceId: rotation.accountId,
        request,
        status: 401,
        details: { sessionId: rotation.familyId },
      });
      throw new Unauthenticated('The refresh token was used already; the session is revoked, sign in again');
    }
    throw new Unauthenticated('The refresh token is invalid or expired; sign in again');
  }

  /** Ends the session of the refresh token; an unknown or revoked token ends nothing and is no error. */
  async logout(refreshToken: string | undefined, request: AuditRequest): Promise<void> {
    const accountId = refreshToken ? await this.sessions.end(refreshToken) : undefined;
    if (!accountId) return;
    await this.auditLog.record({
      action: 'logout',
      actor: { userId: accountId },
      resourceType: 'account',
      resourceId: accountId,
      request,
      status: 204,
    });
  }

  /** Needs the current password; ends every other session of the account, keeps the caller's. */
  async changePassword(
    actor: Actor,
    sessionId: string | undefined,
    currentPassword: string,
    newPassword: string,
    request: AuditRequest,
  ): Promise<void> {
    const account = await this.accounts.get(actor.userId);
    const audit = (status: number) =>
      this.auditLog.record({
        action: 'password_change',
        actor,
        resourceType: 'account',
        resourceId: account.id,
        request,
        status,
      });
    if (!(await this.hasher.verify(account.passwordHash, currentPassword))) {
      await audit(403);
      throw new WrongPassword();
    }
    await this.accounts.setPassword(account.id, newPassword);
    await this.sessions.revokeAll(account.id, 'password_change', sessionId);
    await audit(204);
  }

  private async signIn(account: Account, refresh: IssuedRefreshToken): Promise<SignedIn> {
    const { accessToken, expiresIn } = await this.accessTokens.issue({
      userId: account.id,
      role: account.role,
      schoolId: account.schoolId,
      personId: account.personId,
      sessionId: refresh.familyId,
    });
    return { accessToken, expiresIn, refresh, account: AccountView.of(account) };
  }
}

const actorOf = (account: Account) => ({
  userId: account.id,
  role: account.role,
  schoolId: account.schoolId,
});
