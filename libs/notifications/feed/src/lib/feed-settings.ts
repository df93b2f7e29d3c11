import { ServiceConfig } from '@orbita/service-host';

/** What the feed reads from its service's environment (declared with a default in NotificationsConfig). */
export interface FeedEnvironment {
  /** Where the web UI is; e-mails link to pages under it. */
  WEB_BASE_URL: string;
}

export class FeedSettings {
  constructor(readonly webBaseUrl: string) {}

  /** Fails the start of a service whose config class does not declare WEB_BASE_URL. */
  static from(config: ServiceConfig): FeedSettings {
    const { WEB_BASE_URL } = config as Partial<FeedEnvironment>;
    if (!WEB_BASE_URL) throw new Error(`${config.constructor.name} lacks the feed setting WEB_BASE_URL`);
    return new FeedSettings(WEB_BASE_URL);
  }
}
