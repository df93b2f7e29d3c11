// `nx seed projects`: the projects demo (experts, two seasons of defences, two studio cycles) through the
// running services (the registry, enrollment and projects must be up, their seeds run); idempotent.
import { exitOnServiceFailure } from '@orbita/service-host';
import { seedProjectsDemoData } from './projects-demo';

seedProjectsDemoData()
  .then((summary) => process.stdout.write(`projects demo data: ${summary}\n`))
  .catch(exitOnServiceFailure('projects'));
