import { Module } from '@nestjs/common';
import { ParticipantCode, ParticipantCodeSeries } from './codes/participant-code.entity';
import { ParticipantCodesService } from './codes/participant-codes.service';
import { AssessmentsWorks1765200000000 } from './migrations/1765200000000-works';
import { ProtocolTemplateService } from './template/protocol-template.service';
import { Work, WorkVersion } from './works/work.entity';
import { WorksHandlers } from './works/works.handlers';
import { WorksService } from './works/works.service';

/** The works' tables and migrations, for the service definition. */
export const WORKS_ENTITIES = [Work, WorkVersion, ParticipantCode, ParticipantCodeSeries];
export const WORKS_MIGRATIONS = [AssessmentsWorks1765200000000];

/** Diagnostic works (blueprints, versions), participant codes and protocol templates. */
@Module({
  providers: [WorksService, ParticipantCodesService, ProtocolTemplateService, WorksHandlers],
  exports: [WorksService, ParticipantCodesService],
})
export class WorksModule {}
