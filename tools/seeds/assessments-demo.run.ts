// `nx seed assessments`: the 2024/25 demo works for the registry's schools, then demo protocols of some of
// them through the running service (the registry and assessments must be up); idempotent.
import { seedAssessmentsDemoData, seedAssessmentsDemoProtocols } from './assessments-demo';
import { exitOnServiceFailure } from '@orbita/service-host';

seedAssessmentsDemoData()
  .then((summary) => process.stdout.write(`assessments demo data: ${summary}\n`))
  .then(() => seedAssessmentsDemoProtocols())
  .then((summary) => process.stdout.write(`assessments demo protocols: ${summary}\n`))
  .catch(exitOnServiceFailure('assessments'));
