import { LOG_LEVELS, type LogLevel } from '@orbita/observability';
import { DatabaseConfig } from '@orbita/persistence';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/**
 * Environment every service reads, validated at start by `loadConfig`. A service with more settings
 * extends this class. Defaults work on a developer machine (PostgreSQL on 5432, NATS on 4222), except the
 * actor verify key: no service starts without it.
 */
export class ServiceConfig extends DatabaseConfig {
  /** HTTP port of /health/live, /health/ready and /metrics (services take no other HTTP traffic). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3100;

  @IsString()
  @IsNotEmpty()
  HOST = '0.0.0.0';

  @Matches(/^(nats|tls):\/\/[^\s,]+(,(nats|tls):\/\/[^\s,]+)*$/, {
    message: '$property must be a nats:// or tls:// URL, or a comma list of them',
  })
  NATS_URL = 'nats://127.0.0.1:4222';

  /** Prefix of every NATS subject and stream; the same for every service of one platform. */
  @Matches(/^[a-z0-9_-]*$/i, { message: '$property may hold only letters, digits, - and _' })
  NATS_SUBJECT_PREFIX = '';

  /** The service's NATS user (docs/security.md, "The bus"); absent for a server without authorization. */
  @IsOptional()
  @IsString()
  NATS_USER?: string;

  @IsOptional()
  @IsString()
  NATS_PASSWORD?: string;

  /**
   * The gateway's Ed25519 public key (SPKI PEM or JWK), which every request's signed actor must verify
   * against; requests without a valid one are refused.
   */
  @IsString()
  @IsNotEmpty()
  ACTOR_VERIFY_KEY!: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';
}
