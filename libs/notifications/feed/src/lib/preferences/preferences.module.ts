import { Module } from '@nestjs/common';
import { PreferencesHandlers } from './preferences.handlers';
import { PreferencesService } from './preferences.service';

@Module({ providers: [PreferencesService, PreferencesHandlers], exports: [PreferencesService] })
export class PreferencesModule {}
