import { Injectable, Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { registerMultipart } from './evidence-upload';
import { RoadmapActivitiesController } from './roadmap-activities.controller';
import { RoadmapEvidenceController } from './roadmap-evidence.controller';
import { RoadmapsController } from './roadmaps.controller';

/** Evidence arrives as multipart/form-data: Fastify learns to read it when this module is part of the app. */
@Injectable()
class MultipartSupport {
  constructor(adapterHost: HttpAdapterHost) {
    registerMultipart(adapterHost.httpAdapter.getInstance<FastifyInstance>());
  }
}

/** The roadmap's resources: `/roadmaps`, `/roadmap-activities` (with evidence uploads), `/roadmap-evidence`. */
@Module({
  controllers: [RoadmapsController, RoadmapActivitiesController, RoadmapEvidenceController],
  providers: [MultipartSupport],
})
export class RoadmapResourcesModule {}
