import type { Type } from '@nestjs/common';
import { AssessmentsResourcesModule } from '@orbita/gateway/feature-assessments';
import { EnrollmentResourcesModule } from '@orbita/gateway/feature-enrollment';
import { IntegrationResourcesModule } from '@orbita/gateway/feature-integration';
import { NotificationsResourcesModule } from '@orbita/gateway/feature-notifications';
import { ProjectsResourcesModule } from '@orbita/gateway/feature-projects';
import { RegistryResourcesModule } from '@orbita/gateway/feature-registry';
import { ReportingResourcesModule } from '@orbita/gateway/feature-reporting';

/**
 * The API's resource modules, served under /api/v1 beside the gateway's own (auth, accounts, audit
 * events). A service's resources join the gateway by one line here.
 */
export const GATEWAY_RESOURCE_MODULES: readonly Type<unknown>[] = [RegistryResourcesModule, NotificationsResourcesModule, AssessmentsResourcesModule, ReportingResourcesModule, EnrollmentResourcesModule, ProjectsResourcesModule, IntegrationResourcesModule];
