import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { GatewayConfig } from '@orbita/gateway/feature-http';
import { isUUID } from 'class-validator';
import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { RefreshToken } from './refresh-token.entity';

/** The PostgreSQL channel on which a replica tells the others that an account's sessions changed. */
export const SESSIONS_CHANNEL = 'gateway_sessions_revoked';

const RECONNECT_DELAY_MS = 1000;
/** Past this many cached sessions the cache starts over: memory stays bounded whatever the traffic. */
const MAX_CACHED = 50_000;

interface Look {
  accountId: string;
  live: boolean;
  until: number;
}

/**
 * Whether the session (`sid`, the refresh-token family) of an access token is still live and its account
 * active, asked on every authenticated request so that logout, a password change or a deactivation stop
 * the account's access tokens at once, not when they expire. A replica keeps each answer for
 * SESSION_CACHE_TTL_SECONDS; a revocation drops the account's answers at once on every replica through
 * PostgreSQL LISTEN/NOTIFY on the gateway's own database (sent in the revoking transaction, so it is
 * delivered exactly when the revocation commits). While the listening connection is down, nothing is
 * cached: every request asks the database.
 */
@Injectable()
export class LiveSessions implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LiveSessions.name);
  private readonly cache = new Map<string, Look>();
  /** Counts revocations heard: an answer read while one arrived may be stale, so it is not kept. */
  private revocations = 0;
  private listener?: Client;
  private listening = false;
  private closing = false;
  private reconnect?: NodeJS.Timeout;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(GatewayConfig) private readonly config: GatewayConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearTimeout(this.reconnect);
    await this.listener?.end().catch(() => undefined);
  }

  async isLive(sessionId: string, accountId: string): Promise<boolean> {
    if (!isUUID(sessionId) || !isUUID(accountId)) return false;
    const cached = this.cache.get(sessionId);
    if (cached && cached.accountId === accountId && cached.until > Date.now()) return cached.live;
    const revocations = this.revocations;
    const live = await this.dataSource
      .getRepository(RefreshToken)
      .createQueryBuilder('token')
      .innerJoin(Account, 'account', 'account.id = token.accountId')
      .where('token.familyId = :sessionId', { sessionId })
      .andWhere('token.accountId = :accountId', { accountId })
      .andWhere('token.revokedAt IS NULL')
      .andWhere('token.expiresAt > now()')
      .andWhere('account.active')
      .getExists();
    const ttlMs = this.config.SESSION_CACHE_TTL_SECONDS * 1000;
    if (this.listening && ttlMs > 0 && revocations === this.revocations) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(sessionId, { accountId, live, until: Date.now() + ttlMs });
    }
    return live;
  }

  /**
   * Called inside the transaction that revokes sessions of the account or deactivates it: forgets the
   * replica's own answers now and tells the other replicas when the transaction commits.
   */
  async revoked(manager: EntityManager, accountId: string): Promise<void> {
    this.forget(accountId);
    await manager.query('SELECT pg_notify($1, $2)', [SESSIONS_CHANNEL, accountId]);
  }

  private forget(accountId: string): void {
    this.revocations++;
    for (const [sessionId, look] of this.cache)
      if (look.accountId === accountId) this.cache.delete(sessionId);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    this.listener = client;
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.listening = false;
      this.listener = undefined;
      // Whatever was revoked meanwhile went unheard: start from the database again.
      this.cache.clear();
      void client.end().catch(() => undefined);
      if (this.closing) return;
      this.logger.warn(`Not hearing session revocations (${error?.message ?? 'connection ended'}); retrying`);
      this.reconnect = setTimeout(() => void this.listen(), RECONNECT_DELAY_MS);
    };
    client.on('notification', ({ payload }) => payload && this.forget(payload));
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSIONS_CHANNEL}`);
      this.listening = true;
    } catch (error) {
      lost(error as Error);
    }
  }
}
