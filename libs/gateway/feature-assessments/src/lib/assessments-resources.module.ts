import { Module } from '@nestjs/common';
import { ProtocolsController, ProtocolUploadsController } from './protocols/protocols.controller';
import { WorksController } from './works/works.controller';

/** The assessments resources: `/works`, `/protocols`, `/protocol-uploads`. */
@Module({ controllers: [WorksController, ProtocolsController, ProtocolUploadsController] })
export class AssessmentsResourcesModule {}
