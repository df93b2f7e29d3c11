// `nx seed assessments`: the 2024/25 demo works for the registry's schools (the registry must be up); idempotent.
import { seedAssessmentsDemoData } from '@orbita/assessments/service';
import { exitOnServiceFailure } from '@orbita/service-host';

seedAssessmentsDemoData()
  .then((summary) => process.stdout.write(`assessments demo data: ${summary}\n`))
  .catch(exitOnServiceFailure('assessments'));
