import {
  Body,
  Controller,
  Get,
  Headers,
  Inject,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import {
  ROADMAP_ACTIVITY_SORT_FIELDS,
  ROADMAP_RPC,
  type AttachedEvidenceView,
  type EvidenceView,
  type Page,
  type RoadmapActivityDetailView,
  type RoadmapActivityView,
} from '@orbita/contracts';
import { AuditResource, CurrentActor, RequirePermission, ThrottleExpensive } from '@orbita/gateway/auth';
import {
  ApiListQuery,
  ApiProblemResponses,
  ServiceClient,
  TransferFiles,
} from '@orbita/gateway/feature-http';
import type { FastifyRequest } from 'fastify';
import { ApiVersionedUpdate, expectedVersionOf } from '../shared/versioned-update';
import { VersionEtagInterceptor } from '../shared/version-etag.interceptor';
import { EVIDENCE_UPLOAD } from './evidence-upload';
import {
  AttachedEvidence,
  Evidence,
  EvidenceListParams,
  EVIDENCE_UPLOAD_SCHEMA,
  RoadmapActivity,
  RoadmapActivityDetail,
  RoadmapActivityListParams,
  RoadmapActivityPage,
  UpdateRoadmapActivity,
} from './roadmap.dto';

/**
 * `/api/v1/roadmap-activities`: what is due when, what is overdue, which documents are missing; the
 * documents themselves are uploaded here as evidence.
 */
@ApiTags('roadmap')
@Controller('roadmap-activities')
@AuditResource('roadmap-activity')
@UseInterceptors(VersionEtagInterceptor)
export class RoadmapActivitiesController {
  constructor(
    @Inject(ServiceClient) private readonly registry: ServiceClient,
    @Inject(TransferFiles) private readonly files: TransferFiles,
  ) {}

  @Get()
  @RequirePermission('roadmap:read')
  @ApiOperation({
    summary:
      'List activities (filter by roadmap, stage, status incl. overdue, due soon, missing documents, participant, responsible; page)',
  })
  @ApiListQuery({ sortable: ROADMAP_ACTIVITY_SORT_FIELDS, search: 'Part of the title, or the number' })
  @ApiOkResponse({ type: RoadmapActivityPage, description: 'One page of activities' })
  @ApiProblemResponses(400)
  list(
    @Query() query: RoadmapActivityListParams,
    @CurrentActor() actor: Actor,
  ): Promise<Page<RoadmapActivityView>> {
    return this.registry.request(ROADMAP_RPC.listActivities, query, actor);
  }

  @Get(':id')
  @RequirePermission('roadmap:read')
  @ApiOperation({ summary: 'One activity with its expected documents and their evidence' })
  @ApiOkResponse({ type: RoadmapActivityDetail, description: 'The activity; its version is the ETag' })
  @ApiProblemResponses(400, 404)
  get(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<RoadmapActivityDetailView> {
    return this.registry.request(ROADMAP_RPC.getActivity, { id }, actor);
  }

  @Patch(':id')
  @RequirePermission('roadmap:write')
  @ApiOperation({
    summary: 'Set the status and/or who answers for the activity (fields left out stay as they are)',
  })
  @ApiVersionedUpdate()
  @ApiOkResponse({
    type: RoadmapActivity,
    description:
      'The activity as changed; a status change publishes `registry.roadmap-activity.status-changed.v1`',
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateRoadmapActivity,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<RoadmapActivityView> {
    const request = { ...body, id, expectedVersion: expectedVersionOf(body.expectedVersion, ifMatch) };
    return this.registry.request(ROADMAP_RPC.updateActivity, request, actor);
  }

  @Post(':id/evidence')
  @RequirePermission('roadmap:evidence')
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
    type: AttachedEvidence,
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

  @Get(':id/evidence')
  @RequirePermission('roadmap:read')
  @ApiOperation({ summary: 'The activity’s evidence (a school account sees its own school’s)' })
  @ApiOkResponse({ type: [Evidence] })
  @ApiProblemResponses(400, 404)
  evidence(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: EvidenceListParams,
    @CurrentActor() actor: Actor,
  ): Promise<EvidenceView[]> {
    return this.registry.request(ROADMAP_RPC.listEvidence, { ...query, activityId: id }, actor);
  }
}
