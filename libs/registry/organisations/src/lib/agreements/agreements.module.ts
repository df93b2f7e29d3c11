import { Module } from '@nestjs/common';
import { RegistryStore } from '../shared/registry-store';
import { AgreementsHandlers } from './agreements.handlers';
import { AgreementsService } from './agreements.service';

@Module({ providers: [RegistryStore, AgreementsService, AgreementsHandlers] })
export class AgreementsModule {}
