import { bootstrapService, exitOnServiceFailure } from '@orbita/service-host';
import { REGISTRY_SERVICE, RegistryConfig } from '@orbita/registry/service';

bootstrapService(REGISTRY_SERVICE, RegistryConfig).catch(exitOnServiceFailure('registry'));
