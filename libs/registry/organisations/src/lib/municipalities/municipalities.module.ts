import { Module } from '@nestjs/common';
import { RegistryStore } from '../shared/registry-store';
import { MunicipalitiesHandlers } from './municipalities.handlers';
import { MunicipalitiesService } from './municipalities.service';

@Module({ providers: [RegistryStore, MunicipalitiesService, MunicipalitiesHandlers] })
export class MunicipalitiesModule {}
