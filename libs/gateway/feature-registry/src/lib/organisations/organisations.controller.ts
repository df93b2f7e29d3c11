import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { ORGANISATION_SORT_FIELDS, REGISTRY_RPC, type OrganisationView, type Page } from '@orbita/contracts';
import { CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { OrganisationListParams, OrganisationPage } from './organisation.dto';

/**
 * `/api/v1/organisations`: every organisation of the region in one list (the regional centre, schools,
 * partners, the education department…), e.g. to pick the parties of an agreement. Read-only: schools
 * and partners are kept under their own resources.
 */
@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(@Inject(ServiceClient) private readonly registry: ServiceClient) {}

  @Get()
  @RequirePermission('partners:read')
  @ApiOperation({ summary: 'List organisations of every kind (a school-scoped caller sees no other school)' })
  @ApiListQuery({
    sortable: ORGANISATION_SORT_FIELDS,
    search: 'Part of the full or short name, the Sirius id or the INN',
  })
  @ApiOkResponse({ type: OrganisationPage, description: 'One page of organisations' })
  @ApiProblemResponses(400)
  list(
    @Query() query: OrganisationListParams,
    @CurrentActor() actor: Actor,
  ): Promise<Page<OrganisationView>> {
    return this.registry.request(REGISTRY_RPC.listOrganisations, query, actor);
  }
}
