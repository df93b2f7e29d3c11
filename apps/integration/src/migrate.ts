// `nx migrate integration`: creates the integration schema and applies its pending migrations.
import { INTEGRATION_SERVICE } from '@orbita/integration/service';
import { exitOnServiceFailure, migrateService } from '@orbita/service-host';

migrateService(INTEGRATION_SERVICE)
  .then((applied) =>
    process.stdout.write(
      `integration: ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`,
    ),
  )
  .catch(exitOnServiceFailure('integration'));
