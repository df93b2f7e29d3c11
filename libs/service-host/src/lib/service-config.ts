import { LOG_LEVELS, type LogLevel } from '@orbita/observability';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min } from 'class-validator';

/**
 * Environment every service reads, validated at start by `loadConfig`. A service with more settings
 * extends this class. Defaults work on a developer machine (PostgreSQL on 5432, NATS on 4222).
 */
export class ServiceConfig {
  /** HTTP port of /health/live, /health/ready and /metrics (services take no other HTTP traffic). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3100;

  @IsString()
  @IsNotEmpty()
  HOST = '0.0.0.0';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: '$property must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/orbita';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Matches(/^(nats|tls):\/\/[^\s,]+(,(nats|tls):\/\/[^\s,]+)*$/, {
    message: '$property must be a nats:// or tls:// URL, or a comma list of them',
  })
  NATS_URL = 'nats://127.0.0.1:4222';

  /** Prefix of every NATS subject and stream; the same for every service of one platform. */
  @Matches(/^[a-z0-9_-]*$/i, { message: '$property may hold only letters, digits, - and _' })
  NATS_SUBJECT_PREFIX = '';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';
}
