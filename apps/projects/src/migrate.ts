// `nx migrate projects`: creates the projects schema and applies its pending migrations.
import { PROJECTS_SERVICE } from '@orbita/projects/service';
import { exitOnServiceFailure, migrateService } from '@orbita/service-host';

migrateService(PROJECTS_SERVICE)
  .then((applied) =>
    process.stdout.write(
      `projects: ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`,
    ),
  )
  .catch(exitOnServiceFailure('projects'));
