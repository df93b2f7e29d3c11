import { NotificationsErrorCode } from '@orbita/notifications/rpc';
import { CodedException } from '@orbita/observability';

/** 404 for a notification that does not exist or is someone else's: the two answer alike. */
export class NotificationNotFound extends CodedException<NotificationsErrorCode> {
  constructor(id: string) {
    super(NotificationsErrorCode.NOTIFICATION_NOT_FOUND, 404, `Notification ${id} does not exist`);
  }
}

/** The account is not linked to a registry person: it has no notifications and nothing to configure. */
export class AccountWithoutPerson extends CodedException<NotificationsErrorCode> {
  constructor() {
    super(
      NotificationsErrorCode.ACCOUNT_WITHOUT_PERSON,
      409,
      'This account is not linked to a registry person, so it receives no notifications',
    );
  }
}
