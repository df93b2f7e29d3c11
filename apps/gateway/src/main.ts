import { exitOnStartupFailure } from '@orbita/gateway/feature-http';
import { bootstrapOrbitaGateway } from '@orbita/gateway/shell';

bootstrapOrbitaGateway().catch(exitOnStartupFailure);
