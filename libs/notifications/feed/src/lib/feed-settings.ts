import { ServiceConfig } from '@orbita/service-host';

/** What the feed reads from its service's environment (declared with a default in NotificationsConfig). */
export interface FeedEnvironment {
  /** Where the web UI is; e-mails link to pages under it. */
  WEB_BASE_URL: string;
  /**
   * An overdue reminder is mailed only while its deadline is at most this many days past; older ones go
   * to the feed only (a first start on old data must not mail a reminder for every long-missed deadline).
   */
  NOTIFICATIONS_OVERDUE_MAIL_MAX_DAYS: number;
  /** How many days before a stage ends experts are reminded of their unsubmitted sheets. */
  NOTIFICATIONS_SHEETS_REMINDER_DAYS: number;
  /** How often the sheets reminder looks; 0 turns it off (tests run it by hand). */
  NOTIFICATIONS_SHEETS_CHECK_INTERVAL_MS: number;
}

const REQUIRED: readonly (keyof FeedEnvironment)[] = [
  'WEB_BASE_URL',
  'NOTIFICATIONS_OVERDUE_MAIL_MAX_DAYS',
  'NOTIFICATIONS_SHEETS_REMINDER_DAYS',
  'NOTIFICATIONS_SHEETS_CHECK_INTERVAL_MS',
];

export class FeedSettings {
  readonly webBaseUrl: string;
  readonly overdueMailMaxDays: number;
  readonly sheetsReminderDays: number;
  readonly sheetsCheckIntervalMs: number;

  constructor(environment: FeedEnvironment) {
    this.webBaseUrl = environment.WEB_BASE_URL;
    this.overdueMailMaxDays = environment.NOTIFICATIONS_OVERDUE_MAIL_MAX_DAYS;
    this.sheetsReminderDays = environment.NOTIFICATIONS_SHEETS_REMINDER_DAYS;
    this.sheetsCheckIntervalMs = environment.NOTIFICATIONS_SHEETS_CHECK_INTERVAL_MS;
  }

  /** Fails the start of a service whose config class does not declare the feed's settings. */
  static from(config: ServiceConfig): FeedSettings {
    const environment = config as ServiceConfig & Partial<FeedEnvironment>;
    const missing = REQUIRED.filter((key) => environment[key] === undefined || environment[key] === '');
    if (missing.length > 0)
      throw new Error(`${config.constructor.name} lacks the feed settings ${missing.join(', ')}`);
    return new FeedSettings(environment as ServiceConfig & FeedEnvironment);
  }
}
