import { ServiceConfig } from '@orbita/service-host';

/** Projects's environment (see ServiceConfig for the common part). */
export class ProjectsConfig extends ServiceConfig {
  override PORT = 3007;
}
