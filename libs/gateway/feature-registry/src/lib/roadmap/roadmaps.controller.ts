import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import {
  ROADMAP_RPC,
  ROADMAP_SORT_FIELDS,
  type Page,
  type RoadmapSummaryView,
  type RoadmapView,
} from '@orbita/contracts';
import { CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { Roadmap, RoadmapListParams, RoadmapPage } from './roadmap.dto';

/** `/api/v1/roadmaps`: each programme's roadmap for a school year, with its stages and activities. */
@ApiTags('roadmap')
@Controller('roadmaps')
export class RoadmapsController {
  constructor(@Inject(ServiceClient) private readonly registry: ServiceClient) {}

  @Get()
  @RequirePermission('roadmap:read')
  @ApiOperation({ summary: 'List roadmaps (filter by programme and school year)' })
  @ApiListQuery({ sortable: ROADMAP_SORT_FIELDS, search: 'Part of the title' })
  @ApiOkResponse({ type: RoadmapPage, description: 'One page of roadmaps, without their activities' })
  @ApiProblemResponses(400)
  list(@Query() query: RoadmapListParams, @CurrentActor() actor: Actor): Promise<Page<RoadmapSummaryView>> {
    return this.registry.request(ROADMAP_RPC.listRoadmaps, query, actor);
  }

  @Get(':id')
  @RequirePermission('roadmap:read')
  @ApiOperation({ summary: 'One roadmap with its stages and their activities, in order' })
  @ApiOkResponse({ type: Roadmap })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<RoadmapView> {
    return this.registry.request(ROADMAP_RPC.getRoadmap, { id }, actor);
  }
}
