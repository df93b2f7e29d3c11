import { Module } from '@nestjs/common';
import { ServiceConfig } from '@orbita/service-host';
import { Alerts } from './alerts/alerts.service';
import { DIRECTORY_ENTITIES } from './directory/directory.entities';
import { Directory } from './directory/directory.service';
import { FeedModule } from './feed/feed.module';
import { Notification } from './feed/notification.entity';
import { FeedSettings } from './feed-settings';
import { NotificationsFeed1766100000100 } from './migrations/1766100000100-notifications-feed';
import { NotificationPreference } from './preferences/notification-preference.entity';
import { PreferencesModule } from './preferences/preferences.module';
import { ProjectsNotifications1767400000100 } from './migrations/1767400000100-projects-notifications';
import { PlatformMismatchNotifications1767600000100 } from './migrations/1767600000100-platform-mismatch-notifications';
import { PlatformAlerts } from './integration/platform-alerts';
import { ProjectAlerts } from './projects/project-alerts';
import { ProjectJudging } from './projects/project-judging';
import { FeedClock, SheetsReminder } from './projects/sheets-reminder';

/** What the feed side adds to the service definition (NOTIFICATIONS_SERVICE). */
export const FEED_ENTITIES = [...DIRECTORY_ENTITIES, Notification, NotificationPreference];
export const FEED_MIGRATIONS = [
  NotificationsFeed1766100000100,
  ProjectsNotifications1767400000100,
  PlatformMismatchNotifications1767600000100,
];

/**
 * The read model of whom to notify, the notification rules and templates, the in-app feed and the
 * e-mail preferences. Mails are queued through @orbita/notifications/mail (its MailModule sends them).
 * Its service's config must declare WEB_BASE_URL.
 */
@Module({
  imports: [FeedModule, PreferencesModule],
  providers: [
    {
      provide: FeedSettings,
      inject: [ServiceConfig],
      useFactory: (config: ServiceConfig) => FeedSettings.from(config),
    },
    Directory,
    Alerts,
    ProjectJudging,
    ProjectAlerts,
    PlatformAlerts,
    FeedClock,
    SheetsReminder,
  ],
})
export class NotificationsFeedModule {}
