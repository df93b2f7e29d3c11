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
  UseInterceptors,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { MUNICIPALITY_SORT_FIELDS, REGISTRY_RPC, type MunicipalityView, type Page } from '@orbita/contracts';
import { AuditResource, CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { ApiVersionedUpdate, expectedVersionOf } from '../shared/versioned-update';
import { VersionEtagInterceptor } from '../shared/version-etag.interceptor';
import {
  CreateMunicipality,
  Municipality,
  MunicipalityListParams,
  MunicipalityPage,
  UpdateMunicipality,
} from './municipality.dto';

/**
 * `/api/v1/municipalities`: region-level reference data. Everyone who reads schools reads them; they are
 * kept by those who keep the region's partners (the service refuses school-scoped roles as well).
 */
@ApiTags('municipalities')
@Controller('municipalities')
@AuditResource('municipality')
@UseInterceptors(VersionEtagInterceptor)
export class MunicipalitiesController {
  constructor(@Inject(ServiceClient) private readonly registry: ServiceClient) {}

  @Get()
  @RequirePermission('schools:read')
  @ApiOperation({ summary: 'List municipalities (filter by kind; search by name; page)' })
  @ApiListQuery({ sortable: MUNICIPALITY_SORT_FIELDS, search: 'Part of the name' })
  @ApiOkResponse({ type: MunicipalityPage, description: 'One page of municipalities' })
  @ApiProblemResponses(400)
  list(
    @Query() query: MunicipalityListParams,
    @CurrentActor() actor: Actor,
  ): Promise<Page<MunicipalityView>> {
    return this.registry.request(REGISTRY_RPC.listMunicipalities, query, actor);
  }

  @Get(':id')
  @RequirePermission('schools:read')
  @ApiOperation({ summary: 'One municipality' })
  @ApiOkResponse({ type: Municipality, description: 'The municipality; its version is the ETag' })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<MunicipalityView> {
    return this.registry.request(REGISTRY_RPC.getMunicipality, { id }, actor);
  }

  @Post()
  @RequirePermission('partners:write')
  @ApiOperation({ summary: 'Register a municipality' })
  @ApiCreatedResponse({ type: Municipality, description: 'Registered' })
  @ApiProblemResponses(400, 409)
  create(@Body() body: CreateMunicipality, @CurrentActor() actor: Actor): Promise<MunicipalityView> {
    return this.registry.request(REGISTRY_RPC.createMunicipality, body, actor);
  }

  @Patch(':id')
  @RequirePermission('partners:write')
  @ApiOperation({
    summary: 'Change a municipality (fields left out stay as they are; null clears okato/oktmo)',
  })
  @ApiVersionedUpdate()
  @ApiOkResponse({ type: Municipality, description: 'The municipality as changed' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateMunicipality,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<MunicipalityView> {
    const request = { ...body, id, expectedVersion: expectedVersionOf(body.expectedVersion, ifMatch) };
    return this.registry.request(REGISTRY_RPC.updateMunicipality, request, actor);
  }
}
