// `nx rebuild reporting` (with the reporting service stopped): empties the read models and replays the
// event streams from the start into them; the service carries on from there when it starts again.
import { exitOnServiceFailure } from '@orbita/service-host';
import { rebuildReporting } from '@orbita/reporting/service';

rebuildReporting()
  .then(({ applied, schoolsWithFigures, durationMs }) =>
    process.stdout.write(
      `reporting: read models rebuilt from ${applied} events in ${durationMs} ms (${schoolsWithFigures} work × school figures)\n`,
    ),
  )
  .catch(exitOnServiceFailure('reporting'));
