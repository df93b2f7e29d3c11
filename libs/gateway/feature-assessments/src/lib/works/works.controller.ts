import { Body, Controller, Get, Header, Inject, Param, ParseUUIDPipe, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import {
  ASSESSMENTS_RPC,
  PARTICIPANT_CODE_SORT_FIELDS,
  WORK_SORT_FIELDS,
  XLSX_MEDIA_TYPE,
  type IssuedParticipantCodesView,
  type Page,
  type ParticipantCodeView,
  type RevisedWorkView,
  type TransferFileView,
  type WorkVersionView,
  type WorkView,
} from '@orbita/contracts';
import { AuditResource, CurrentActor, ReadsPersonalData, RequirePermission, ThrottleExpensive } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, MAX_INT4, ParsePositiveIntPipe, ServiceClient, TransferFiles } from '@orbita/gateway/feature-http';
import {
  CreateWork,
  IssuedParticipantCodes,
  IssueParticipantCodes,
  ParticipantCodeListParams,
  ParticipantCodePage,
  ReviseWork,
  RevisedWork,
  Work,
  WorkListParams,
  WorkPage,
  WorkVersion,
} from './work.dto';

/** `/api/v1/works`: diagnostic works (blueprints and their versions), participant codes, protocol templates. */
@ApiTags('works')
@Controller('works')
@AuditResource('work')
@RequirePermission('works:read')
export class WorksController {
  constructor(
    @Inject(ServiceClient) private readonly assessments: ServiceClient,
    @Inject(TransferFiles) private readonly files: TransferFiles,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List diagnostic works (a school account sees the works its school takes)' })
  @ApiListQuery({ sortable: WORK_SORT_FIELDS, search: 'Part of the title' })
  @ApiOkResponse({ type: WorkPage, description: 'One page of works, each with its current blueprint' })
  @ApiProblemResponses(400)
  list(@Query() query: WorkListParams, @CurrentActor() actor: Actor): Promise<Page<WorkView>> {
    return this.assessments.request(ASSESSMENTS_RPC.listWorks, query, actor);
  }

  @Post()
  @RequirePermission('works:write')
  @ApiOperation({ summary: 'Create a work: its blueprint is published as version 1', description: '`assessments.work.published.v1` is published.' })
  @ApiCreatedResponse({ type: Work })
  @ApiProblemResponses(400)
  create(@Body() body: CreateWork, @CurrentActor() actor: Actor): Promise<WorkView> {
    return this.assessments.request(ASSESSMENTS_RPC.createWork, body, actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One work: its current blueprint and the list of its versions' })
  @ApiOkResponse({ type: Work })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<WorkView> {
    return this.assessments.request(ASSESSMENTS_RPC.getWork, { id }, actor);
  }

  @Put(':id')
  @RequirePermission('works:write')
  @ApiOperation({
    summary: 'Revise the blueprint',
    description:
      'The current version is changed in place while no protocol refers to it; otherwise the blueprint is published as the next ' +
      'version and protocols keep the version they were checked against. Either way `assessments.work.published.v1` is published.',
  })
  @ApiOkResponse({ type: RevisedWork })
  @ApiProblemResponses(400, 404, 409)
  revise(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReviseWork, @CurrentActor() actor: Actor): Promise<RevisedWorkView> {
    return this.assessments.request(ASSESSMENTS_RPC.reviseWork, { ...body, id }, actor);
  }

  @Post(':id/versions')
  @RequirePermission('works:write')
  @ApiOperation({ summary: 'Publish the blueprint as a new version (always, even without protocols)' })
  @ApiCreatedResponse({ type: RevisedWork })
  @ApiProblemResponses(400, 404, 409)
  publishVersion(@Param('id', ParseUUIDPipe) id: string, @Body() body: ReviseWork, @CurrentActor() actor: Actor): Promise<RevisedWorkView> {
    return this.assessments.request(ASSESSMENTS_RPC.publishWorkVersion, { ...body, id }, actor);
  }

  @Get(':id/versions/:version')
  @ApiOperation({ summary: 'One version of the blueprint, as published' })
  @ApiOkResponse({ type: WorkVersion })
  @ApiProblemResponses(400, 404)
  @ApiParam({ name: 'version', schema: { type: 'integer', minimum: 1, maximum: MAX_INT4 } })
  getVersion(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('version', ParsePositiveIntPipe) version: number,
    @CurrentActor() actor: Actor,
  ): Promise<WorkVersionView> {
    return this.assessments.request(ASSESSMENTS_RPC.getWorkVersion, { id, version }, actor);
  }

  @Get(':id/schools/:schoolId/template')
  @ThrottleExpensive()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'Download the XLSX protocol template of the work for a school',
    description:
      'Frozen header (participant code, class, one column per task with its maximum, total as a formula), the school’s issued codes ' +
      'pre-filled, data validation (scores 0..max, codes from the issued list) and a hidden sheet naming work, version and school.',
  })
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({ description: 'The workbook, as an attachment', schema: { type: 'string', format: 'binary' } })
  @ApiProblemResponses(400, 403, 404, 409)
  async template(
    @Param('id', ParseUUIDPipe) workId: string,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const download = await this.assessments.request<TransferFileView>(ASSESSMENTS_RPC.exportProtocolTemplate, { workId, schoolId }, actor);
    return this.files.send('assessments', download);
  }

  @Post(':id/participant-codes')
  @RequirePermission('protocols:submit')
  @ApiOperation({ summary: 'Issue new participant codes for a school, like 2024-MATH7-S03-0001' })
  @ApiCreatedResponse({ type: IssuedParticipantCodes })
  @ApiProblemResponses(400, 403, 404, 409)
  issueCodes(@Param('id', ParseUUIDPipe) workId: string, @Body() body: IssueParticipantCodes, @CurrentActor() actor: Actor): Promise<IssuedParticipantCodesView> {
    return this.assessments.request(ASSESSMENTS_RPC.issueParticipantCodes, { ...body, workId }, actor);
  }

  @Get(':id/participant-codes')
  @RequirePermission('protocols:read')
  @ReadsPersonalData()
  @ApiOperation({ summary: 'Participant codes issued for the work (a school account sees its own)' })
  @ApiListQuery({ sortable: PARTICIPANT_CODE_SORT_FIELDS, search: 'Part of the code' })
  @ApiOkResponse({ type: ParticipantCodePage })
  @ApiProblemResponses(400, 404)
  listCodes(@Param('id', ParseUUIDPipe) workId: string, @Query() query: ParticipantCodeListParams, @CurrentActor() actor: Actor): Promise<Page<ParticipantCodeView>> {
    return this.assessments.request(ASSESSMENTS_RPC.listParticipantCodes, { ...query, workId }, actor);
  }
}
