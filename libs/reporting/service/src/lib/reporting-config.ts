import { ServiceConfig } from '@orbita/service-host';

/** Reporting's environment (see ServiceConfig for the common part). */
export class ReportingConfig extends ServiceConfig {
  override PORT = 3005;
}
