import { ASSESSMENTS_SERVICE, AssessmentsConfig } from '@orbita/assessments/service';
import { bootstrapService, exitOnServiceFailure } from '@orbita/service-host';

bootstrapService(ASSESSMENTS_SERVICE, AssessmentsConfig).catch(exitOnServiceFailure('assessments'));
