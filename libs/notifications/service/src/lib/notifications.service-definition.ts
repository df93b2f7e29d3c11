import {
  FEED_ENTITIES,
  FEED_MIGRATIONS,
  NOTIFICATIONS_SERVICE_NAME,
  NotificationsFeedModule,
} from '@orbita/notifications/feed';
import { MAIL_ENTITIES, MAIL_MIGRATIONS, MailModule } from '@orbita/notifications/mail';
import type { ServiceDefinition } from '@orbita/service-host';

/** The notifications service: the in-app feed and e-mail of what happens in assessments, reporting and the roadmap. */
export const NOTIFICATIONS_SERVICE: ServiceDefinition = {
  name: NOTIFICATIONS_SERVICE_NAME,
  entities: [...FEED_ENTITIES, ...MAIL_ENTITIES],
  migrations: [...MAIL_MIGRATIONS, ...FEED_MIGRATIONS],
  modules: [MailModule, NotificationsFeedModule],
};
