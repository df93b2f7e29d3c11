import { EnvList, LOG_LEVELS, type LogLevel } from '@orbita/observability';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, IsUrl, Matches, Max, Min } from 'class-validator';

/** Environment of the gateway, validated at start by `loadConfig(GatewayConfig)`. */
export class GatewayConfig {
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
}
