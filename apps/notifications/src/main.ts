import { bootstrapService, exitOnServiceFailure } from '@orbita/service-host';
import { NOTIFICATIONS_SERVICE, NotificationsConfig } from '@orbita/notifications/service';

bootstrapService(NOTIFICATIONS_SERVICE, NotificationsConfig).catch(exitOnServiceFailure('notifications'));
