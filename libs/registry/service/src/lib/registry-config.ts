import { ServiceConfig } from '@orbita/service-host';

/** The registry's environment (see ServiceConfig for the common part). */
export class RegistryConfig extends ServiceConfig {
  override PORT = 3001;
}
