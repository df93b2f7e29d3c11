import { Module } from '@nestjs/common';
import { RegistryStore } from '../shared/registry-store';
import { ProgrammesHandlers } from './programmes.handlers';
import { ProgrammesService } from './programmes.service';

@Module({ providers: [RegistryStore, ProgrammesService, ProgrammesHandlers] })
export class ProgrammesModule {}
