import { Module } from '@nestjs/common';
import { RouterModule } from '@nestjs/core';
import { API_PREFIX } from '@orbita/gateway/feature-http';
import { AgreementsController } from './agreements/agreements.controller';
import { MunicipalitiesController } from './municipalities/municipalities.controller';
import { OrganisationsController } from './organisations/organisations.controller';
import { PartnersController } from './organisations/partners.controller';
import { SchoolsController } from './organisations/schools.controller';
import { PeopleController } from './people/people.controller';
import { ParticipationController, ProgrammesController } from './programmes/programmes.controller';
import { RoadmapResourcesModule } from './roadmap/roadmap-resources.module';

/**
 * The registry's resources of the API: municipalities, organisations, schools, partners, agreements,
 * programmes with their participation, people, and the roadmap's (RoadmapResourcesModule). Each forwards to the registry service over NATS with
 * the caller as actor; the registry applies the school scope again.
 */
@Module({
  // The gateway prefixes only the modules it lists; the roadmap's routes join under the same prefix.
  imports: [
    RoadmapResourcesModule,
    RouterModule.register([{ path: API_PREFIX, module: RoadmapResourcesModule }]),
  ],
  controllers: [
    MunicipalitiesController,
    OrganisationsController,
    SchoolsController,
    PartnersController,
    AgreementsController,
    ProgrammesController,
    ParticipationController,
    PeopleController,
  ],
})
export class RegistryResourcesModule {}
