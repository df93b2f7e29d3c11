import { Global, Module } from '@nestjs/common';
import { Blueprints } from '@orbita/assessments/core';
import { ParticipantCode, ParticipantCodeSeries } from './codes/participant-code.entity';
import { ParticipantCodesService } from './codes/participant-codes.service';
import { AssessmentsWorks1765200000000 } from './migrations/1765200000000-works';
import { ProtocolTemplateService } from './template/protocol-template.service';
import { Work, WorkVersion } from './works/work.entity';
import { WorkBlueprints } from './works/work-blueprints';
import { WorksHandlers } from './works/works.handlers';
import { WorksService } from './works/works.service';

/** The works' tables and migrations, for the service definition. */
export const WORKS_ENTITIES = [Work, WorkVersion, ParticipantCode, ParticipantCodeSeries];
export const WORKS_MIGRATIONS = [AssessmentsWorks1765200000000];

/**
 * Diagnostic works (blueprints, versions), participant codes and protocol templates. Global: its
 * Blueprints serve the protocols module, which knows them by the core's reference only.
 */
@Global()
@Module({
  providers: [WorksService, ParticipantCodesService, ProtocolTemplateService, WorksHandlers, { provide: Blueprints, useClass: WorkBlueprints }],
  exports: [Blueprints],
})
export class WorksModule {}
