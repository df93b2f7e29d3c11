import { ServiceConfig } from '@orbita/service-host';

/** Integration's environment (see ServiceConfig for the common part). */
export class IntegrationConfig extends ServiceConfig {
  override PORT = 3008;
}
