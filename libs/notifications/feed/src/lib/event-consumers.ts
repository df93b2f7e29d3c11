import type { OnEventOptions } from '@orbita/service-host';

/** The service's schema and the first half of its durable consumers' names. */
export const NOTIFICATIONS_SERVICE_NAME = 'notifications';

/**
 * The service's two durable consumers, apart so that a burst of registry changes never holds up alerts,
 * and the other way round: `notifications_directory` keeps the read model of people, schools,
 * participation and works; `notifications_alerts` turns assessments, reporting and roadmap events into
 * notifications.
 */
export const DIRECTORY_CONSUMER: OnEventOptions = { durable: 'directory' };
export const ALERTS_CONSUMER: OnEventOptions = { durable: 'alerts' };
