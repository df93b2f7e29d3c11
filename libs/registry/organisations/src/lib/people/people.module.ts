import { Module } from '@nestjs/common';
import { RegistryStore } from '../shared/registry-store';
import { PeopleHandlers } from './people.handlers';
import { PeopleService } from './people.service';

@Module({ providers: [RegistryStore, PeopleService, PeopleHandlers] })
export class PeopleModule {}
