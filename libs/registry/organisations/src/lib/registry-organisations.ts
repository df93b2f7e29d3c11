import { Module } from '@nestjs/common';
import { Agreement } from './agreements/agreement.entity';
import { AgreementsModule } from './agreements/agreements.module';
import { RegistryOrganisations1764000000000 } from './migrations/1764000000000-registry-organisations';
import { Municipality } from './municipalities/municipality.entity';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { Organisation } from './organisations/organisation.entity';
import { OrganisationsModule } from './organisations/organisations.module';
import { Person } from './people/person.entity';
import { PeopleModule } from './people/people.module';
import { Participation } from './programmes/participation.entity';
import { Programme } from './programmes/programme.entity';
import { ProgrammesModule } from './programmes/programmes.module';

/** What the organisations side adds to REGISTRY_SERVICE. */
export const ORGANISATIONS_ENTITIES = [
  Municipality,
  Organisation,
  Person,
  Agreement,
  Programme,
  Participation,
];
export const ORGANISATIONS_MIGRATIONS = [RegistryOrganisations1764000000000];

/** Municipalities, organisations (schools, partners…), people, agreements, programmes and participation. */
@Module({
  imports: [MunicipalitiesModule, OrganisationsModule, PeopleModule, AgreementsModule, ProgrammesModule],
})
export class RegistryOrganisationsModule {}
