import { EnvBoolean, EnvList, LOG_LEVELS, type LogLevel } from '@orbita/observability';
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
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** Signs access tokens on developer machines and in tests; refused when NODE_ENV=production. */
export const DEV_JWT_SECRET = 'orbita-dev-only-jwt-secret-not-for-production';

/** Password of the first admin on developer machines (docs/security.md); never used in production. */
export const DEV_ADMIN_PASSWORD = 'orbita-admin-dev';

/** The development default of a secret is a public string: production must bring its own. */
@ValidatorConstraint({ name: 'notDevSecretInProduction' })
class NotDevSecretInProduction implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return (args.object as GatewayConfig).NODE_ENV !== 'production' || value !== DEV_JWT_SECRET;
  }

  defaultMessage(): string {
    return 'must be set to a secret of your own when NODE_ENV=production (the default is for development only)';
  }
}

/** Environment of the gateway, validated at start by `loadConfig(GatewayConfig)`. */
export class GatewayConfig {
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

  /** The gateway's own schema (`gateway`: accounts, sessions, audit log). */
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: '$property must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/orbita';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /** HS256 key of the access tokens: at least 32 characters; every gateway replica shares it. */
  @IsString()
  @MinLength(32)
  @Validate(NotDevSecretInProduction)
  JWT_SECRET = DEV_JWT_SECRET;

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

  /** The first admin, created at start while no admin account exists. */
  @IsEmail({ require_tld: false })
  ORBITA_ADMIN_EMAIL = 'admin@orbita.local';

  /** Its initial password; {@link DEV_ADMIN_PASSWORD} when unset outside production. */
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
}
