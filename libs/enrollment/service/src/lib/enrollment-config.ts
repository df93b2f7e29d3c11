import { ServiceConfig } from '@orbita/service-host';

/** The enrollment service's environment (see ServiceConfig for the common part). */
export class EnrollmentConfig extends ServiceConfig {
  override PORT = 3002;
}
