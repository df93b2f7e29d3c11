// `nx migrate reporting`: creates the reporting schema and applies its pending migrations.
import { exitOnServiceFailure, migrateService } from '@orbita/service-host';
import { REPORTING_SERVICE } from '@orbita/reporting/service';

migrateService(REPORTING_SERVICE)
  .then((applied) =>
    process.stdout.write(
      `reporting: ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`,
    ),
  )
  .catch(exitOnServiceFailure('reporting'));
