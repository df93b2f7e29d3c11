import { INTEGRATION_SERVICE, IntegrationConfig } from '@orbita/integration/service';
import { bootstrapService, exitOnServiceFailure } from '@orbita/service-host';

bootstrapService(INTEGRATION_SERVICE, IntegrationConfig).catch(exitOnServiceFailure('integration'));
