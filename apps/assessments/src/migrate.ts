// `nx migrate assessments`: creates the assessments schema and applies its pending migrations.
import { ASSESSMENTS_SERVICE } from '@orbita/assessments/service';
import { exitOnServiceFailure, migrateService } from '@orbita/service-host';

migrateService(ASSESSMENTS_SERVICE)
  .then((applied) => process.stdout.write(`assessments: ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`))
  .catch(exitOnServiceFailure('assessments'));
