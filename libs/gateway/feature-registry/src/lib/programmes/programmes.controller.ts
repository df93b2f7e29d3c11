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
import { PROGRAMME_SORT_FIELDS, REGISTRY_RPC, type Page, type ProgrammeView } from '@orbita/contracts';
import { AuditResource, CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { ApiVersionedUpdate, expectedVersionOf } from '../shared/versioned-update';
import { VersionEtagInterceptor } from '../shared/version-etag.interceptor';
import {
  CreateProgramme,
  Programme,
  ProgrammeListParams,
  ProgrammePage,
  UpdateProgramme,
} from './programme.dto';

/** `/api/v1/programmes`: the programmes (проекты) schools take part in; region-level reference data. */
@ApiTags('programmes')
@Controller('programmes')
@AuditResource('programme')
@UseInterceptors(VersionEtagInterceptor)
export class ProgrammesController {
  constructor(@Inject(ServiceClient) private readonly registry: ServiceClient) {}

  @Get()
  @RequirePermission('programmes:read')
  @ApiOperation({ summary: 'List programmes (search title, short name, code; page)' })
  @ApiListQuery({ sortable: PROGRAMME_SORT_FIELDS, search: 'Part of the title, short name or code' })
  @ApiOkResponse({ type: ProgrammePage, description: 'One page of programmes' })
  @ApiProblemResponses(400)
  list(@Query() query: ProgrammeListParams, @CurrentActor() actor: Actor): Promise<Page<ProgrammeView>> {
    return this.registry.request(REGISTRY_RPC.listProgrammes, query, actor);
  }

  @Get(':id')
  @RequirePermission('programmes:read')
  @ApiOperation({ summary: 'One programme' })
  @ApiOkResponse({ type: Programme, description: 'The programme; its version is the ETag' })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ProgrammeView> {
    return this.registry.request(REGISTRY_RPC.getProgramme, { id }, actor);
  }

  @Post()
  @RequirePermission('programmes:write')
  @ApiOperation({ summary: 'Register a programme' })
  @ApiCreatedResponse({ type: Programme, description: 'Registered' })
  @ApiProblemResponses(400, 409)
  create(@Body() body: CreateProgramme, @CurrentActor() actor: Actor): Promise<ProgrammeView> {
    return this.registry.request(REGISTRY_RPC.createProgramme, body, actor);
  }

  @Patch(':id')
  @RequirePermission('programmes:write')
  @ApiOperation({ summary: 'Change a programme’s title, short name or description' })
  @ApiVersionedUpdate()
  @ApiOkResponse({ type: Programme, description: 'The programme as changed' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateProgramme,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<ProgrammeView> {
    const request = { ...body, id, expectedVersion: expectedVersionOf(body.expectedVersion, ifMatch) };
    return this.registry.request(REGISTRY_RPC.updateProgramme, request, actor);
  }
}
