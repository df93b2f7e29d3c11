// `nx seed enrollment`: the programme classes of seed 000 with invented students (the registry must be up); idempotent.
import { exitOnServiceFailure } from '@orbita/service-host';
import { seedEnrollmentDemoData } from './enrollment-demo';

seedEnrollmentDemoData()
  .then((summary) => process.stdout.write(`enrollment demo data: ${summary}\n`))
  .catch(exitOnServiceFailure('enrollment'));
