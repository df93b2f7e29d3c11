// `nx migrate enrollment`: creates the enrollment schema and applies its pending migrations.
import { ENROLLMENT_SERVICE } from '@orbita/enrollment/service';
import { exitOnServiceFailure, migrateService } from '@orbita/service-host';

migrateService(ENROLLMENT_SERVICE)
  .then((applied) =>
    process.stdout.write(
      `enrollment: ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`,
    ),
  )
  .catch(exitOnServiceFailure('enrollment'));
