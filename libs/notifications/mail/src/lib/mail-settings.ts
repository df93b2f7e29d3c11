import { ServiceConfig } from '@orbita/service-host';

/**
 * What the mail pipeline reads from its service's environment. The service's config class declares these
 * with defaults and validation (NotificationsConfig); this library only states that it needs them.
 */
export interface MailEnvironment {
  /** `smtp://host:port` or `smtps://user:password@host:465`. */
  SMTP_URL: string;
  /** The From header (`Орбита <noreply@orbita.local>`). */
  MAIL_FROM: string;
  /** How often the sender looks for mails due (ms); 0 turns the loop off (tests drive it by hand). */
  MAIL_POLL_INTERVAL_MS: number;
  /** Mails taken per round. */
  MAIL_BATCH_SIZE: number;
  /** First retry delay; it doubles with every failed attempt up to MAIL_RETRY_MAX_MS. */
  MAIL_RETRY_BASE_MS: number;
  MAIL_RETRY_MAX_MS: number;
  /** Rejections of one mail by the SMTP server (not outages) before it is given up as failed. */
  MAIL_MAX_REJECTIONS: number;
  /** Connect, greeting and socket timeout of the SMTP connection. */
  MAIL_SMTP_TIMEOUT_MS: number;
}

const REQUIRED: readonly (keyof MailEnvironment)[] = [
  'SMTP_URL',
  'MAIL_FROM',
  'MAIL_POLL_INTERVAL_MS',
  'MAIL_BATCH_SIZE',
  'MAIL_RETRY_BASE_MS',
  'MAIL_RETRY_MAX_MS',
  'MAIL_MAX_REJECTIONS',
  'MAIL_SMTP_TIMEOUT_MS',
];

/** The mail pipeline's settings, taken from the service config at start. */
export class MailSettings {
  readonly smtpUrl: string;
  readonly from: string;
  readonly pollIntervalMs: number;
  readonly batchSize: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  readonly maxRejections: number;
  readonly smtpTimeoutMs: number;

  constructor(environment: MailEnvironment) {
    this.smtpUrl = environment.SMTP_URL;
    this.from = environment.MAIL_FROM;
    this.pollIntervalMs = environment.MAIL_POLL_INTERVAL_MS;
    this.batchSize = environment.MAIL_BATCH_SIZE;
    this.retryBaseMs = environment.MAIL_RETRY_BASE_MS;
    this.retryMaxMs = environment.MAIL_RETRY_MAX_MS;
    this.maxRejections = environment.MAIL_MAX_REJECTIONS;
    this.smtpTimeoutMs = environment.MAIL_SMTP_TIMEOUT_MS;
  }

  /** Fails the start of a service whose config class does not declare the mail settings. */
  static from(config: ServiceConfig): MailSettings {
    const missing = REQUIRED.filter((key) => (config as Partial<MailEnvironment>)[key] === undefined);
    if (missing.length > 0)
      throw new Error(`${config.constructor.name} lacks the mail settings ${missing.join(', ')}`);
    return new MailSettings(config as ServiceConfig & MailEnvironment);
  }

  /** Wait before attempt `attempts + 1`: base, 2×base, 4×base … up to the maximum. */
  retryDelayMs(attempts: number): number {
    return Math.min(this.retryBaseMs * 2 ** Math.max(0, attempts - 1), this.retryMaxMs);
  }
}
