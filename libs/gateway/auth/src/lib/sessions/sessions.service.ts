import { Inject, Injectable } from '@nestjs/common';
import { GatewayConfig } from '@orbita/gateway/feature-http';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { LiveSessions } from './live-sessions';
import { RefreshToken } from './refresh-token.entity';

export type RevokeReason = 'logout' | 'reuse' | 'password_change' | 'deactivated';

export interface IssuedRefreshToken {
  /** The opaque token; only its hash is stored. */
  refreshToken: string;
  familyId: string;
  expiresAt: Date;
}

/** The outcome of presenting a refresh token. */
export type Rotation =
  | { ok: true; account: Account; issued: IssuedRefreshToken }
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'inactive' }
  /** The token was exchanged before: someone holds a copy. The whole family is now revoked. */
  | { ok: false; reason: 'reused'; accountId: string; familyId: string };

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Login sessions as families of opaque, rotating refresh tokens: each refresh uses up the presented token
 * and issues the next; presenting a used one again revokes the family (reuse detection).
 */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GatewayConfig) private readonly config: GatewayConfig,
    @Inject(LiveSessions) private readonly liveSessions: LiveSessions,
  ) {}

  /** A new session (family) for an account that has just proved who it is. */
  start(accountId: string, ip: string | undefined): Promise<IssuedRefreshToken> {
    return this.issue(this.dataSource.manager, accountId, randomUUID(), ip);
  }

  rotate(presented: string, ip: string | undefined): Promise<Rotation> {
    return this.dataSource.transaction(async (manager): Promise<Rotation> => {
      // The row lock makes two concurrent refreshes with one token a reuse, not two sessions.
      const token = await manager
        .getRepository(RefreshToken)
        .createQueryBuilder('token')
        .setLock('pessimistic_write')
        .where('token.tokenHash = :hash', { hash: hashOf(presented) })
        .getOne();
      if (!token) return { ok: false, reason: 'unknown' };
      if (token.revokedAt) return { ok: false, reason: 'revoked' };
      if (token.usedAt) {
        await this.revokeFamily(manager, token, 'reuse');
        return { ok: false, reason: 'reused', accountId: token.accountId, familyId: token.familyId };
      }
      if (token.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'expired' };
      const account = await manager.getRepository(Account).findOneBy({ id: token.accountId });
      if (!account?.active) {
        await this.revokeFamily(manager, token, 'deactivated');
        return { ok: false, reason: 'inactive' };
      }
      await manager.getRepository(RefreshToken).update({ id: token.id }, { usedAt: new Date() });
      return { ok: true, account, issued: await this.issue(manager, account.id, token.familyId, ip) };
    });
  }

  /** Logout: revokes the session of the presented token; its account, if that ended a live session. */
  async end(presented: string): Promise<string | undefined> {
    const token = await this.dataSource
      .getRepository(RefreshToken)
      .findOneBy({ tokenHash: hashOf(presented) });
    if (!token) return undefined;
    const revoked = await this.dataSource.transaction((manager) =>
      this.revokeFamily(manager, token, 'logout'),
    );
    return revoked > 0 ? token.accountId : undefined;
  }

  /** Revokes every session of an account, except `keepFamilyId` (the caller's own, on a password change). */
  async revokeAll(accountId: string, reason: RevokeReason, keepFamilyId?: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(RefreshToken).update(
        {
          accountId,
          revokedAt: IsNull(),
          ...(keepFamilyId ? { familyId: Not(keepFamilyId) } : {}),
        },
        { revokedAt: new Date(), revokedReason: reason },
      );
      await this.liveSessions.revoked(manager, accountId);
    });
  }

  private async issue(
    manager: EntityManager,
    accountId: string,
    familyId: string,
    ip: string | undefined,
  ): Promise<IssuedRefreshToken> {
    const refreshToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000);
    await manager.getRepository(RefreshToken).insert({
      familyId,
      accountId,
      tokenHash: hashOf(refreshToken),
      expiresAt,
      ip: ip ?? null,
    });
    return { refreshToken, familyId, expiresAt };
  }

  /** Revokes the live tokens of the token's family; how many there were. */
  private async revokeFamily(
    manager: EntityManager,
    { familyId, accountId }: Pick<RefreshToken, 'familyId' | 'accountId'>,
    reason: RevokeReason,
  ): Promise<number> {
    const result = await manager
      .getRepository(RefreshToken)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
    await this.liveSessions.revoked(manager, accountId);
    return result.affected ?? 0;
  }
}
