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
import { ORGANISATION_SORT_FIELDS, REGISTRY_RPC, type Page, type SchoolView } from '@orbita/contracts';
import { AuditResource, CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { ApiVersionedUpdate, expectedVersionOf } from '../shared/versioned-update';
import { VersionEtagInterceptor } from '../shared/version-etag.interceptor';
import { CreateSchool, School, SchoolListParams, SchoolPage, UpdateSchool } from './school.dto';

/**
 * `/api/v1/schools`: the region's schools (общеобразовательные организации). School-scoped roles see
 * and change their own school only: the registry answers 404 for any other.
 */
@ApiTags('schools')
@Controller('schools')
@AuditResource('school')
@UseInterceptors(VersionEtagInterceptor)
export class SchoolsController {
  constructor(@Inject(ServiceClient) private readonly registry: ServiceClient) {}

  @Get()
  @RequirePermission('schools:read')
  @ApiOperation({
    summary: 'List schools (filter by municipality, active; search names, Sirius id, INN; page)',
  })
  @ApiListQuery({
    sortable: ORGANISATION_SORT_FIELDS,
    search: 'Part of the full or short name, the Sirius id or the INN',
  })
  @ApiOkResponse({
    type: SchoolPage,
    description: 'One page of schools (a school-scoped caller: their own school)',
  })
  @ApiProblemResponses(400)
  list(@Query() query: SchoolListParams, @CurrentActor() actor: Actor): Promise<Page<SchoolView>> {
    return this.registry.request(REGISTRY_RPC.listSchools, query, actor);
  }

  @Get(':id')
  @RequirePermission('schools:read')
  @ApiOperation({ summary: 'One school' })
  @ApiOkResponse({ type: School, description: 'The school; its version is the ETag' })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<SchoolView> {
    return this.registry.request(REGISTRY_RPC.getSchool, { id }, actor);
  }

  @Post()
  @RequirePermission('schools:write')
  @ApiOperation({ summary: 'Register a school (region-wide roles only)' })
  @ApiCreatedResponse({
    type: School,
    description: 'Registered; `registry.school.registered.v1` is published',
  })
  @ApiProblemResponses(400, 404, 409)
  create(@Body() body: CreateSchool, @CurrentActor() actor: Actor): Promise<SchoolView> {
    return this.registry.request(REGISTRY_RPC.createSchool, body, actor);
  }

  @Patch(':id')
  @RequirePermission('schools:write')
  @ApiOperation({ summary: 'Change a school’s card (fields left out stay as they are)' })
  @ApiVersionedUpdate()
  @ApiOkResponse({
    type: School,
    description: 'The school as changed; `registry.school.updated.v1` is published',
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateSchool,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<SchoolView> {
    const request = { ...body, id, expectedVersion: expectedVersionOf(body.expectedVersion, ifMatch) };
    return this.registry.request(REGISTRY_RPC.updateSchool, request, actor);
  }
}
