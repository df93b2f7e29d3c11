import { EnvBoolean, EnvList, LOG_LEVELS, type LogLevel } from '@orbita/observability';
import { DatabaseConfig } from '@orbita/persistence';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** Environment of the gateway, validated at start by `loadConfig(GatewayConfig)`. */
export class GatewayConfig extends DatabaseConfig {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @IsNotEmpty()
  HOST = '0.0.0.0';

  /** One NATS server URL, or a comma list of them. */
  @Matches(/^(nats|tls):\/\/[^\s,]+(,(nats|tls):\/\/[^\s,]+)*$/, {
    message: '$property must be a nats:// or tls:// URL, or a comma list of them',
  })
  NATS_URL = 'nats://127.0.0.1:4222';

  /**
   * Prefix of every NATS subject and stream name; keeps environments (and test runs) that share one
   * NATS server apart. Every service of one platform must use the same prefix.
   */
  @Matches(/^[a-z0-9_-]*$/i, { message: '$property may hold only letters, digits, - and _' })
  NATS_SUBJECT_PREFIX = '';

  /** The gateway's NATS user (docs/security.md, "The bus"); absent for a server without authorization. */
  @IsOptional()
  @IsString()
  NATS_USER?: string;

  @IsOptional()
  @IsString()
  NATS_PASSWORD?: string;

  /**
   * Ed25519 private key (PKCS#8 PEM or JWK) that signs the actor of every request to a service; the
   * services hold its public key (`ACTOR_VERIFY_KEY`). No default: `npm start` makes a pair in
   * `.data/secrets/`, tests one per run.
   */
  @IsString()
  @IsNotEmpty()
  ACTOR_SIGNING_KEY!: string;

  /** Origins allowed to call the API from a browser; none (same-origin only) when empty. */
  @EnvList()
  @IsUrl(
    { require_protocol: true, require_tld: false, protocols: ['http', 'https'] },
    { each: true, message: '$property must be a comma list of origins like https://orbita.example.org' },
  )
  CORS_ORIGINS: string[] = [];

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** Largest accepted request body. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /**
   * Take the client address from `X-Forwarded-For` (set when a reverse proxy terminates TLS in front):
   * rate limits and the audit log key on it.
   */
  @EnvBoolean()
  @IsBoolean()
  TRUST_PROXY = false;

  /**
   * Directory of the built web UI (index.html and assets/), served at `/`. Empty: `dist/apps/web` beside
   * the gateway's bundle when it is there; without a built UI the gateway serves the API only.
   */
  @IsString()
  WEB_ROOT = '';

  /**
   * HS256 key of the access tokens: at least 32 random characters; every gateway replica shares it. No
   * default in any environment (a key in the source signs tokens anyone can forge): `npm start` makes one
   * in `.data/secrets/jwt-secret`, tests a random one per run.
   */
  @IsString()
  @MinLength(32, {
    message: 'must be a random key of at least 32 characters, the same for every gateway replica',
  })
  JWT_SECRET!: string;

  /** Lifetime of an access token (a JWT, not revocable before it expires). */
  @Type(() => Number)
  @IsInt()
  @Min(30)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

  /** Lifetime of a refresh token; each refresh issues a new one (sliding session). */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  REFRESH_TOKEN_TTL_SECONDS = 14 * 24 * 60 * 60;

  /**
   * How long a replica trusts its last look at a session (live, account active) before asking the database
   * again. Revocations reach every replica at once through PostgreSQL NOTIFY; this only bounds a missed one.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  SESSION_CACHE_TTL_SECONDS = 5;

  /** The first admin, created at start while no admin account exists. */
  @IsEmail({ require_tld: false })
  ORBITA_ADMIN_EMAIL = 'admin@orbita.local';

  /** Its initial password; no default (`npm start` makes one and prints it once). */
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  ORBITA_ADMIN_PASSWORD?: string;

  /** Login attempts per client address and e-mail within {@link LOGIN_RATE_TTL_SECONDS}. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_RATE_TTL_SECONDS = 60;

  /** Calls per caller of routes marked `@ThrottleExpensive()` (uploads, reports) within the TTL. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  EXPENSIVE_RATE_LIMIT = 10;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  EXPENSIVE_RATE_TTL_SECONDS = 60;

  /**
   * Serve `GET /api/v1/integration/oneroster-export.zip`: our classes and students as a OneRoster 1.2 CSV bundle
   * for the Sirius.Schools platform to import. Off by default (404 INTEGRATION.ONEROSTER_EXPORT_DISABLED).
   */
  @EnvBoolean()
  @IsBoolean()
  ONEROSTER_EXPORT_ENABLED = false;
}
