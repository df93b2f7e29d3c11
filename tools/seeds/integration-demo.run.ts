// `nx seed integration`: the first sync run with the Sirius.Schools platform (the integration service must be up,
// the other seeds done); idempotent.
import { exitOnServiceFailure } from '@orbita/service-host';
import { seedIntegrationDemoData } from './integration-demo';

seedIntegrationDemoData()
  .then((summary) => process.stdout.write(`integration demo data: ${summary}\n`))
  .catch(exitOnServiceFailure('integration'));
