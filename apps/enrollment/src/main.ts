import { ENROLLMENT_SERVICE, EnrollmentConfig } from '@orbita/enrollment/service';
import { bootstrapService, exitOnServiceFailure } from '@orbita/service-host';

bootstrapService(ENROLLMENT_SERVICE, EnrollmentConfig).catch(exitOnServiceFailure('enrollment'));
