import { Module } from '@nestjs/common';
import { WorksModule } from '@orbita/assessments/works';
import { ServiceConfig } from '@orbita/service-host';
import { Protocol, ProtocolRow, ProtocolUpload, ProtocolVersion } from './entities/protocol.entity';
import { IntakeSettings } from './intake/intake-settings';
import { ProtocolIntakeService } from './intake/protocol-intake.service';
import { ProtocolsHandlers } from './lifecycle/protocols.handlers';
import { ProtocolsService } from './lifecycle/protocols.service';
import { AssessmentsProtocols1765200000100 } from './migrations/1765200000100-protocols';

/** The protocols' tables and migrations, after the works' (protocol versions refer to work versions). */
export const PROTOCOLS_ENTITIES = [Protocol, ProtocolVersion, ProtocolRow, ProtocolUpload];
export const PROTOCOLS_MIGRATIONS = [AssessmentsProtocols1765200000100];

/** Protocol intake (upload, validation, progress) and lifecycle (submit, accept, return). */
@Module({
  imports: [WorksModule],
  providers: [
    { provide: IntakeSettings, inject: [ServiceConfig], useFactory: (config: ServiceConfig) => IntakeSettings.from(config) },
    ProtocolsService,
    ProtocolIntakeService,
    ProtocolsHandlers,
  ],
})
export class ProtocolsModule {}
