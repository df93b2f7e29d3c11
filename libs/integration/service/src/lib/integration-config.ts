import { SyncConfig } from '@orbita/integration/sync';

/** Integration's environment (see ServiceConfig for the common part, SyncConfig for the platform's). */
export class IntegrationConfig extends SyncConfig {
  override PORT = 3008;
}
