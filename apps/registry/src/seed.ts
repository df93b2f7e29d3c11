// `nx seed registry`: loads the demo region (seeds 000 and 001) into an empty registry; running it again changes nothing.
import { exitOnServiceFailure } from '@orbita/service-host';
import { seedRegistryDemoData } from '@orbita/registry/service';

seedRegistryDemoData()
  .then((summary) => process.stdout.write(`registry demo data: ${summary}\n`))
  .catch(exitOnServiceFailure('registry'));
