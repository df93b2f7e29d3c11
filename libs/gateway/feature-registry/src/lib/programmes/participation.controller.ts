import { Body, Controller, Delete, Get, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import {
  PARTICIPATION_SORT_FIELDS,
  REGISTRY_RPC,
  type Page,
  type ParticipationView,
} from '@orbita/contracts';
import { AuditResource, CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import {
  AddParticipation,
  Participation,
  ParticipationListParams,
  ParticipationPage,
} from './participation.dto';

/**
 * `/api/v1/programmes/{programmeId}/participation`: which schools take part in a programme, per school
 * year. School-scoped roles see their own school's participation only.
 */
@ApiTags('programmes')
@Controller('programmes/:programmeId/participation')
@AuditResource('programme-participation')
export class ParticipationController {
  constructor(@Inject(ServiceClient) private readonly registry: ServiceClient) {}

  @Get()
  @RequirePermission('programmes:read')
  @ApiOperation({
    summary: 'List the schools taking part in a programme (filter by school year, school; page)',
  })
  @ApiListQuery({ sortable: PARTICIPATION_SORT_FIELDS, search: 'Part of the school’s name' })
  @ApiOkResponse({
    type: ParticipationPage,
    description: 'One page of participation, latest school year first',
  })
  @ApiProblemResponses(400)
  list(
    @Param('programmeId', ParseUUIDPipe) programmeId: string,
    @Query() query: ParticipationListParams,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ParticipationView>> {
    return this.registry.request(REGISTRY_RPC.listParticipation, { ...query, programmeId }, actor);
  }

  @Post()
  @RequirePermission('programmes:write')
  @ApiOperation({ summary: 'Add a school to the programme for a school year' })
  @ApiCreatedResponse({
    type: Participation,
    description: 'Added; `registry.programme-participation.changed.v1` is published',
  })
  @ApiProblemResponses(400, 404, 409)
  add(
    @Param('programmeId', ParseUUIDPipe) programmeId: string,
    @Body() body: AddParticipation,
    @CurrentActor() actor: Actor,
  ): Promise<ParticipationView> {
    return this.registry.request(REGISTRY_RPC.addParticipation, { ...body, programmeId }, actor);
  }

  @Delete(':id')
  @RequirePermission('programmes:write')
  @ApiOperation({ summary: 'Remove a school’s participation (one school year)' })
  @ApiOkResponse({
    type: Participation,
    description: 'Removed; `registry.programme-participation.changed.v1` is published',
  })
  @ApiProblemResponses(400, 404)
  remove(
    @Param('programmeId', ParseUUIDPipe) programmeId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ParticipationView> {
    return this.registry.request(REGISTRY_RPC.removeParticipation, { id, programmeId }, actor);
  }
}
