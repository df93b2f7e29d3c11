import { bootstrapService, exitOnServiceFailure } from '@orbita/service-host';
import { REPORTING_SERVICE, ReportingConfig } from '@orbita/reporting/service';

bootstrapService(REPORTING_SERVICE, ReportingConfig).catch(exitOnServiceFailure('reporting'));
