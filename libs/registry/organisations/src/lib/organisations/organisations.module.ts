import { Module } from '@nestjs/common';
import { RegistryStore } from '../shared/registry-store';
import { OrganisationsHandlers } from './organisations.handlers';
import { OrganisationsService } from './organisations.service';

@Module({ providers: [RegistryStore, OrganisationsService, OrganisationsHandlers] })
export class OrganisationsModule {}
