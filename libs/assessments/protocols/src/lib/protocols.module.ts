import { Module } from '@nestjs/common';
import { ServiceConfig } from '@orbita/service-host';
import { Protocol, ProtocolRow, ProtocolUpload, ProtocolVersion } from './entities/protocol.entity';
import { IntakeSettings } from './intake/intake-settings';
import { ProtocolIntakeHandlers } from './intake/protocol-intake.handlers';
import { ProtocolIntakeService } from './intake/protocol-intake.service';
import { ProtocolsHandlers } from './lifecycle/protocols.handlers';
import { ProtocolsService } from './lifecycle/protocols.service';
import { AssessmentsProtocols1765200000100 } from './migrations/1765200000100-protocols';
import { AssessmentsProtocolCurrentVersion1765200000200 } from './migrations/1765200000200-protocol-current-version';

/** The protocols' tables and migrations, after the works' (protocol versions refer to work versions). */
export const PROTOCOLS_ENTITIES = [Protocol, ProtocolVersion, ProtocolRow, ProtocolUpload];
export const PROTOCOLS_MIGRATIONS = [AssessmentsProtocols1765200000100, AssessmentsProtocolCurrentVersion1765200000200];

/**
 * Protocol intake (upload, validation, progress) and lifecycle (submit, accept, return); intake calls the
 * lifecycle, never the other way. The works' blueprints come as the core's Blueprints (WorksModule).
 */
@Module({
  providers: [
    { provide: IntakeSettings, inject: [ServiceConfig], useFactory: (config: ServiceConfig) => IntakeSettings.from(config) },
    ProtocolsService,
    ProtocolIntakeService,
    ProtocolIntakeHandlers,
    ProtocolsHandlers,
  ],
})
export class ProtocolsModule {}
