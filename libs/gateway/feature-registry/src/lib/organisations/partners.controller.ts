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
import { ORGANISATION_SORT_FIELDS, REGISTRY_RPC, type Page, type PartnerView } from '@orbita/contracts';
import { AuditResource, CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { ApiVersionedUpdate, expectedVersionOf } from '../shared/versioned-update';
import { VersionEtagInterceptor } from '../shared/version-etag.interceptor';
import { CreatePartner, Partner, PartnerListParams, PartnerPage, UpdatePartner } from './partner.dto';

/** `/api/v1/partners`: universities, colleges, enterprises, research institutes and others; region-level. */
@ApiTags('partners')
@Controller('partners')
@AuditResource('partner')
@UseInterceptors(VersionEtagInterceptor)
export class PartnersController {
  constructor(@Inject(ServiceClient) private readonly registry: ServiceClient) {}

  @Get()
  @RequirePermission('partners:read')
  @ApiOperation({ summary: 'List partners (filter by kind, municipality, active; search names; page)' })
  @ApiListQuery({
    sortable: ORGANISATION_SORT_FIELDS,
    search: 'Part of the full or short name, the Sirius id or the INN',
  })
  @ApiOkResponse({ type: PartnerPage, description: 'One page of partners' })
  @ApiProblemResponses(400)
  list(@Query() query: PartnerListParams, @CurrentActor() actor: Actor): Promise<Page<PartnerView>> {
    return this.registry.request(REGISTRY_RPC.listPartners, query, actor);
  }

  @Get(':id')
  @RequirePermission('partners:read')
  @ApiOperation({ summary: 'One partner' })
  @ApiOkResponse({ type: Partner, description: 'The partner; its version is the ETag' })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<PartnerView> {
    return this.registry.request(REGISTRY_RPC.getPartner, { id }, actor);
  }

  @Post()
  @RequirePermission('partners:write')
  @ApiOperation({ summary: 'Register a partner' })
  @ApiCreatedResponse({
    type: Partner,
    description: 'Registered; `registry.partner.registered.v1` is published',
  })
  @ApiProblemResponses(400, 404, 409)
  create(@Body() body: CreatePartner, @CurrentActor() actor: Actor): Promise<PartnerView> {
    return this.registry.request(REGISTRY_RPC.createPartner, body, actor);
  }

  @Patch(':id')
  @RequirePermission('partners:write')
  @ApiOperation({ summary: 'Change a partner’s card (fields left out stay as they are)' })
  @ApiVersionedUpdate()
  @ApiOkResponse({
    type: Partner,
    description: 'The partner as changed; `registry.partner.updated.v1` is published',
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdatePartner,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<PartnerView> {
    const request = { ...body, id, expectedVersion: expectedVersionOf(body.expectedVersion, ifMatch) };
    return this.registry.request(REGISTRY_RPC.updatePartner, request, actor);
  }
}
