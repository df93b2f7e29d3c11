import {
  ANALYTICS_MIGRATIONS,
  REPORTING_SERVICE_NAME,
  ReportingAnalyticsModule,
} from '@orbita/reporting/analytics';
import type { ServiceDefinition } from '@orbita/service-host';

/** The reporting service: read models built only from events, and the analytics queries over them. */
export const REPORTING_SERVICE: ServiceDefinition = {
  name: REPORTING_SERVICE_NAME,
  entities: [],
  migrations: [...ANALYTICS_MIGRATIONS],
  modules: [ReportingAnalyticsModule],
};
