import { bootstrapGateway, exitOnStartupFailure } from '@orbita/gateway/feature-http';

bootstrapGateway().catch(exitOnStartupFailure);
