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
}

export class FeedSettings {
  constructor(
    readonly webBaseUrl: string,
    readonly overdueMailMaxDays: number,
  ) {}

  /** Fails the start of a service whose config class does not declare the feed's settings. */
  static from(config: ServiceConfig): FeedSettings {
    const { WEB_BASE_URL, NOTIFICATIONS_OVERDUE_MAIL_MAX_DAYS } = config as Partial<FeedEnvironment>;
    if (!WEB_BASE_URL) throw new Error(`${config.constructor.name} lacks the feed setting WEB_BASE_URL`);
    if (NOTIFICATIONS_OVERDUE_MAIL_MAX_DAYS === undefined)
      throw new Error(
        `${config.constructor.name} lacks the feed setting NOTIFICATIONS_OVERDUE_MAIL_MAX_DAYS`,
      );
    return new FeedSettings(WEB_BASE_URL, NOTIFICATIONS_OVERDUE_MAIL_MAX_DAYS);
  }
}
