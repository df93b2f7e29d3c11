import { PROJECTS_SERVICE, ProjectsConfig } from '@orbita/projects/service';
import { bootstrapService, exitOnServiceFailure } from '@orbita/service-host';

bootstrapService(PROJECTS_SERVICE, ProjectsConfig).catch(exitOnServiceFailure('projects'));
