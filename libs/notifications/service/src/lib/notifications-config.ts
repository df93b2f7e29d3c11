import type { FeedEnvironment } from '@orbita/notifications/feed';
import type { MailEnvironment } from '@orbita/notifications/mail';
import { ServiceConfig } from '@orbita/service-host';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, IsUrl, Matches, Max, Min } from 'class-validator';

/** The notifications service's environment (see ServiceConfig for the common part). */
export class NotificationsConfig extends ServiceConfig implements MailEnvironment, FeedEnvironment {
  override PORT = 3006;

  /** `npm start` runs a mail catcher (maildev) here; its inbox is at http://localhost:1080. */
  @Matches(/^smtps?:\/\/\S+$/, { message: '$property must be an smtp:// or smtps:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString()
  @IsNotEmpty()
  MAIL_FROM = 'Орбита <noreply@orbita.local>';

  /** Where the web UI is; links in e-mails point below it. */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  WEB_BASE_URL = 'http://localhost:3000';

  /** Overdue roadmap reminders older than this many days go to the feed only, never by mail. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  NOTIFICATIONS_OVERDUE_MAIL_MAX_DAYS = 14;

  /** Experts with sheets not submitted hear of it this many days before the stage ends. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  NOTIFICATIONS_SHEETS_REMINDER_DAYS = 3;

  /** How often the sheets reminder looks (0: never, tests call it). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  NOTIFICATIONS_SHEETS_CHECK_INTERVAL_MS = 60 * 60 * 1_000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  MAIL_POLL_INTERVAL_MS = 1_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  MAIL_BATCH_SIZE = 20;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  MAIL_RETRY_BASE_MS = 5_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  MAIL_RETRY_MAX_MS = 10 * 60 * 1_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  MAIL_MAX_REJECTIONS = 5;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  MAIL_SMTP_TIMEOUT_MS = 30_000;
}
