import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiResponse, ApiTags, getSchemaPath, PickType } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import {
  ASSESSMENTS_RPC,
  PROTOCOL_FILE_MAX_BYTES,
  PROTOCOL_ROW_SORT_FIELDS,
  PROTOCOL_SORT_FIELDS,
  UploadProtocolCommand,
  type Page,
  type ProtocolRowView,
  type ProtocolUploadView,
  type ProtocolVersionView,
  type ProtocolView,
  type UploadedProtocolView,
} from '@orbita/contracts';
import { AuditResource, CurrentActor, ReadsPersonalData, RequirePermission, ThrottleExpensive } from '@orbita/gateway/auth';
import {
  ApiListQuery,
  ApiProblemResponses,
  PROBLEM_CONTENT_TYPE,
  ServiceClient,
  TransferFiles,
} from '@orbita/gateway/feature-http';
import type { FastifyRequest } from 'fastify';
import {
  Protocol,
  PROTOCOL_UPLOAD_SCHEMA,
  ProtocolInvalidProblem,
  ProtocolListParams,
  ProtocolPage,
  ProtocolRowListParams,
  ProtocolRowPage,
  ProtocolUpload,
  ProtocolVersion,
  ReturnProtocol,
  UploadedProtocol,
} from './protocol.dto';

/** How long the gateway waits for the intake of a large file (read, checked and stored by assessments). */
const INTAKE_TIMEOUT_MS = 120_000;

/** The text fields of an upload (the file is the part `file`). */
class ProtocolUploadFields extends PickType(UploadProtocolCommand, ['workId', 'schoolId', 'submit', 'uploadId'] as const) {}

/**
 * `/api/v1/protocols`: protocols with results, one per work and school. A school account sees, uploads
 * and submits its own school's only (another school's protocol answers 404); the regional centre
 * accepts or returns them.
 */
@ApiTags('protocols')
@Controller('protocols')
@AuditResource('protocol')
@RequirePermission('protocols:read')
export class ProtocolsController {
  constructor(
    @Inject(ServiceClient) private readonly assessments: ServiceClient,
    @Inject(TransferFiles) private readonly files: TransferFiles,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List protocols (filter by work, school, status)' })
  @ApiListQuery({ sortable: PROTOCOL_SORT_FIELDS })
  @ApiOkResponse({ type: ProtocolPage })
  @ApiProblemResponses(400)
  list(@Query() query: ProtocolListParams, @CurrentActor() actor: Actor): Promise<Page<ProtocolView>> {
    return this.assessments.request(ASSESSMENTS_RPC.listProtocols, query, actor);
  }

  @Post()
  @RequirePermission('protocols:submit')
  @ThrottleExpensive()
  @ApiOperation({
    summary: 'Upload a protocol file (XLSX or CSV) for a work',
    description:
      'The file is checked against the work’s current blueprint: participant codes (issued to the school, unless the work has open ' +
      'codes; no repeats), scores within 0..max with at most 2 decimals, the total if given, the template’s work and school. Rows ' +
      'without any score are taken as participants who did not sit the work. Any problem: 422 with the row-level report, nothing ' +
      'stored. Otherwise the file becomes the protocol’s draft (replacing an earlier draft; after a return, a new version), ' +
      'submitted at once with `submit=true`. Follow a large file with `uploadId` and GET /protocol-uploads/{uploadId}.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: PROTOCOL_UPLOAD_SCHEMA })
  @ApiCreatedResponse({ type: UploadedProtocol })
  @ApiExtraModels(ProtocolInvalidProblem)
  @ApiResponse({
    status: 422,
    description: 'The file has problems (`ASSESSMENTS.PROTOCOL_INVALID`): the report lists them by row and column; nothing was stored',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProtocolInvalidProblem) } } },
  })
  @ApiProblemResponses(400, 403, 404, 409, 413, 415)
  async upload(@Req() request: FastifyRequest, @CurrentActor() actor: Actor): Promise<UploadedProtocolView> {
    const upload = await this.files.receive(request, {
      service: 'assessments',
      maxBytes: PROTOCOL_FILE_MAX_BYTES,
      fields: ProtocolUploadFields,
    });
    // From here assessments owns the file: it removes it whether it accepts it or not.
    return this.assessments.request(
      ASSESSMENTS_RPC.uploadProtocol,
      { ...upload.fields, objectName: upload.objectName, fileName: upload.fileName },
      actor,
      { timeoutMs: INTAKE_TIMEOUT_MS },
    );
  }

  @Get(':id')
  @ApiOperation({ summary: 'One protocol with its current version' })
  @ApiOkResponse({ type: Protocol })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ProtocolView> {
    return this.assessments.request(ASSESSMENTS_RPC.getProtocol, { id }, actor);
  }

  @Get(':id/rows')
  @ReadsPersonalData()
  @ApiOperation({ summary: 'Rows of the current version (or of `versionId`), by participant code; no names' })
  @ApiListQuery({ sortable: PROTOCOL_ROW_SORT_FIELDS, search: 'Part of the participant code or class' })
  @ApiOkResponse({ type: ProtocolRowPage })
  @ApiProblemResponses(400, 404)
  rows(@Param('id', ParseUUIDPipe) id: string, @Query() query: ProtocolRowListParams, @CurrentActor() actor: Actor): Promise<Page<ProtocolRowView>> {
    return this.assessments.request(ASSESSMENTS_RPC.listProtocolRows, { ...query, id }, actor);
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'Every version of the protocol, oldest first (the history stays)' })
  @ApiOkResponse({ type: [ProtocolVersion] })
  @ApiProblemResponses(400, 404)
  versions(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ProtocolVersionView[]> {
    return this.assessments.request(ASSESSMENTS_RPC.listProtocolVersions, { id }, actor);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission('protocols:submit')
  @ApiOperation({
    summary: 'Submit the draft to the regional centre',
    description: 'Publishes the rows as `assessments.protocol.rows-recorded.v1` chunks (≤ 500 rows each), then `assessments.protocol.submitted.v1`.',
  })
  @ApiOkResponse({ type: Protocol })
  @ApiProblemResponses(400, 404, 409)
  submit(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ProtocolView> {
    return this.assessments.request(ASSESSMENTS_RPC.submitProtocol, { id }, actor);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @RequirePermission('protocols:review')
  @ApiOperation({ summary: 'Accept the submitted version', description: '`assessments.protocol.accepted.v1` is published.' })
  @ApiOkResponse({ type: Protocol })
  @ApiProblemResponses(400, 404, 409)
  accept(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ProtocolView> {
    return this.assessments.request(ASSESSMENTS_RPC.acceptProtocol, { id }, actor);
  }

  @Post(':id/return')
  @HttpCode(200)
  @RequirePermission('protocols:review')
  @ApiOperation({
    summary: 'Return the submitted version to the school with a comment',
    description: '`assessments.protocol.returned.v1` is published; the school uploads and submits a new version.',
  })
  @ApiOkResponse({ type: Protocol })
  @ApiProblemResponses(400, 404, 409)
  return(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReturnProtocol, @CurrentActor() actor: Actor): Promise<ProtocolView> {
    return this.assessments.request(ASSESSMENTS_RPC.returnProtocol, { ...body, id }, actor);
  }
}

/** `/api/v1/protocol-uploads/{id}`: how far the intake of an upload is, for a progress bar. */
@ApiTags('protocols')
@Controller('protocol-uploads')
@RequirePermission('protocols:read')
export class ProtocolUploadsController {
  constructor(@Inject(ServiceClient) private readonly assessments: ServiceClient) {}

  @Get(':id')
  @ApiOperation({ summary: 'Progress of an upload: phase, rows processed of rows total' })
  @ApiOkResponse({ type: ProtocolUpload })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ProtocolUploadView> {
    return this.assessments.request(ASSESSMENTS_RPC.getProtocolUpload, { id }, actor);
  }
}
