import { Inject, Param, ParseUUIDPipe, Post, Req, type Type } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { AttachedEvidenceView, ROADMAP_ACTIVITY_SORT_FIELDS, ROADMAP_RPC } from '@orbita/registry/rpc';
import { CurrentActor, RequirePermission, ThrottleExpensive } from '@orbita/gateway/auth';
import { ApiProblemResponses, ServiceClient, TransferFiles } from '@orbita/gateway/feature-http';
import { resource, route } from '@orbita/gateway/resources';
import type { FastifyRequest } from 'fastify';
import { EVIDENCE_UPLOAD, EVIDENCE_UPLOAD_SCHEMA } from './evidence-upload';

/** The routes of `/roadmap-activities` that forward to the registry as they are. */
const RoadmapActivityRoutes = resource({
  name: 'RoadmapActivities',
  path: 'roadmap-activities',
  tag: 'roadmap',
  audit: 'roadmap-activity',
  routes: [
    route.get('', 'list', ROADMAP_RPC.listActivities, {
      summary:
        'List activities (filter by roadmap, stage, status incl. overdue, due soon, missing documents, participant, responsible; page)',
      description: 'One page of activities',
      list: { sortable: ROADMAP_ACTIVITY_SORT_FIELDS, search: 'Part of the title, or the number' },
      problems: [400],
    }),
    route.get(':id', 'get', ROADMAP_RPC.getActivity, {
      summary: 'One activity with its expected documents and their evidence',
      description: 'The activity; its version is the ETag',
      etag: true,
      problems: [400, 404],
    }),
    route.patch(':id', 'update', ROADMAP_RPC.updateActivity, {
      summary: 'Set the status and/or who answers for the activity (fields left out stay as they are)',
      description:
        'The activity as changed; a status change publishes `registry.roadmap-activity.status-changed.v1`',
      bodySchema: 'UpdateRoadmapActivity',
      etag: true,
      versioned: true,
    }),
    route.get(':id/evidence', 'evidence', ROADMAP_RPC.listEvidence, {
      summary: 'The activity’s evidence (a school account sees its own school’s)',
      params: { id: 'activityId' },
      problems: [400, 404],
    }),
  ],
});

/**
 * `/api/v1/roadmap-activities`: what is due when, what is overdue, which documents are missing; the
 * documents themselves are uploaded here as evidence. Written here, the multipart upload; the rest is
 * the route table.
 */
export class RoadmapActivitiesController extends (RoadmapActivityRoutes as Type<object>) {
  constructor(
    @Inject(ServiceClient) private readonly registry: ServiceClient,
    @Inject(TransferFiles) private readonly files: TransferFiles,
  ) {
    super(registry);
  }

  @Post(':id/evidence')
  @RequirePermission(ROADMAP_RPC.attachEvidence.permission)
  @ThrottleExpensive()
  @ApiOperation({
    summary: 'Upload a document as evidence of one of the activity’s expected documents',
    description:
      'The first evidence moves a planned activity to in progress; the one that gives every expected document ' +
      'evidence of the activity as a whole moves it to done. The format is judged by the content, not the name.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: EVIDENCE_UPLOAD_SCHEMA })
  @ApiCreatedResponse({
    type: AttachedEvidenceView,
    description: 'Attached; `registry.roadmap-evidence.attached.v1` is published',
  })
  @ApiProblemResponses(400, 404, 413, 415)
  async attach(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AttachedEvidenceView> {
    const upload = await this.files.receive(request, EVIDENCE_UPLOAD);
    // From here the registry owns the upload: it removes it whether it accepts it or not.
    return this.registry.request(
      ROADMAP_RPC.attachEvidence,
      { activityId: id, ...upload.fields, objectName: upload.objectName, fileName: upload.fileName },
      actor,
    );
  }
}
