// `nx migrate registry`: creates the registry schema and applies its pending migrations.
import { exitOnServiceFailure, migrateService } from '@orbita/service-host';
import { REGISTRY_SERVICE } from '@orbita/registry/service';

migrateService(REGISTRY_SERVICE)
  .then((applied) => process.stdout.write(`registry: ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`))
  .catch(exitOnServiceFailure('registry'));
