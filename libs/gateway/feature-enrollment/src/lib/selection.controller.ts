import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import {
  ENROLLMENT_RPC,
  type CampaignView,
  type EnrolledFromCampaignView,
  type Page,
} from '@orbita/contracts';
import { AuditResource, CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import {
  Campaign,
  CampaignListParams,
  CampaignPage,
  CreateCampaign,
  EnrolledFromCampaign,
  EnrollFromCampaign,
  RecordCandidates,
} from './enrollment.dto';

/** `/api/v1/selection-campaigns`: selection (отбор) by a selection work or OGE results, and enrollment from the list. */
@ApiTags('selection')
@Controller('selection-campaigns')
@AuditResource('selection_campaign')
@RequirePermission('selection:manage')
export class SelectionController {
  constructor(@Inject(ServiceClient) private readonly enrollment: ServiceClient) {}

  @Get()
  @ApiOperation({ summary: 'List selection campaigns (a school account sees its own school’s)' })
  @ApiListQuery({ sortable: ['schoolYear', 'grade', 'id'] })
  @ApiOkResponse({ type: CampaignPage })
  @ApiProblemResponses(400)
  list(@Query() query: CampaignListParams, @CurrentActor() actor: Actor): Promise<Page<CampaignView>> {
    return this.enrollment.request(ENROLLMENT_RPC.listCampaigns, query, actor);
  }

  @Post()
  @ApiOperation({
    summary: 'Open a selection campaign for a school, grade and year: basis, threshold, quota',
  })
  @ApiCreatedResponse({ type: Campaign })
  @ApiProblemResponses(400, 403, 404, 422)
  create(@Body() body: CreateCampaign, @CurrentActor() actor: Actor): Promise<CampaignView> {
    return this.enrollment.request(ENROLLMENT_RPC.createCampaign, body, actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A campaign with its candidates (student ids, codes, scores, ranks)' })
  @ApiOkResponse({ type: Campaign })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<CampaignView> {
    return this.enrollment.request(ENROLLMENT_RPC.getCampaign, { id }, actor);
  }

  @Post(':id/candidates')
  @ApiOperation({
    summary: 'Enter candidates: OGE results, or extra testing of a work campaign’s linked students',
  })
  @ApiCreatedResponse({ type: Campaign })
  @ApiProblemResponses(400, 404, 409)
  candidates(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordCandidates,
    @CurrentActor() actor: Actor,
  ): Promise<CampaignView> {
    return this.enrollment.request(ENROLLMENT_RPC.recordCandidates, { ...body, campaignId: id }, actor);
  }

  @Post(':id/ranking')
  @ApiOperation({
    summary: 'Rank the candidates',
    description:
      'By score, ties broken by extra testing; equal candidates share a rank and those tied for the last place are all recommended. ' +
      '`enrollment.selection.ranked.v1` is published.',
  })
  @ApiCreatedResponse({ type: Campaign })
  @ApiProblemResponses(400, 404)
  rank(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<CampaignView> {
    return this.enrollment.request(ENROLLMENT_RPC.rankCampaign, { id }, actor);
  }

  @Post(':id/enrollments')
  @ApiOperation({
    summary:
      'Enroll recommended students in a class by an order; basis, score, threshold and rank stay on each record',
  })
  @ApiCreatedResponse({ type: EnrolledFromCampaign })
  @ApiProblemResponses(400, 404, 409)
  enroll(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: EnrollFromCampaign,
    @CurrentActor() actor: Actor,
  ): Promise<EnrolledFromCampaignView> {
    return this.enrollment.request(ENROLLMENT_RPC.enrollFromCampaign, { ...body, campaignId: id }, actor);
  }
}
