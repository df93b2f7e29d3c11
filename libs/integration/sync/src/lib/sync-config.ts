import { ServiceConfig } from '@orbita/service-host';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, IsUrl, Max, Min, MinLength } from 'class-validator';

const URL_OPTIONS = { require_tld: false, protocols: ['http', 'https'], require_protocol: true };

/**
 * The Sirius.Schools platform the service syncs with. No URL: runs are refused (409
 * INTEGRATION.SOURCE_NOT_CONFIGURED); a URL needs its client id and secret, which have no default.
 */
export class SyncConfig extends ServiceConfig {
  /** The platform's URL; the OneRoster 1.2 API is under /ims/oneroster/rostering/v1p2. */
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  SIRIUS_URL?: string;

  /** The OAuth 2 token endpoint; default `<SIRIUS_URL>/oauth/token`. */
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  SIRIUS_TOKEN_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  SIRIUS_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  SIRIUS_CLIENT_SECRET?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  SIRIUS_PAGE_SIZE = 100;

  /** First back-off after a 5xx (doubling, with jitter, up to 10 s; five attempts). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60_000)
  SIRIUS_INITIAL_BACKOFF_MS = 500;

  /**
   * The cursor a run takes is this much before its start: the platform's clock may lag ours, and reading a
   * change twice changes nothing.
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86_400)
  SIRIUS_CURSOR_OVERLAP_SECONDS = 300;

  /** A run whose heartbeat is older than this is taken for crashed: the next start resumes it. */
  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(86_400)
  INTEGRATION_RUN_STALE_SECONDS = 120;

  /**
   * The mass-deletion guard: a run that would mark more than this share of a school's active people
   * `tobedeleted` is parked until someone approves or rejects it (0: any deletion parks; 1: none does).
   */
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  INTEGRATION_DELETION_GUARD_SHARE = 0.1;

  /** Minutes between scheduled runs (counted from the last run's start); unset: manual runs only. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_080)
  INTEGRATION_SCHEDULE_MINUTES?: number;
}
