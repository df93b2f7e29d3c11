import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
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
import { PERSON_SORT_FIELDS, REGISTRY_RPC, type Page, type PersonView } from '@orbita/contracts';
import { AuditResource, CurrentActor, ReadsPersonalData, RequirePermission } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { ApiVersionedUpdate, expectedVersionOf } from '../shared/versioned-update';
import { VersionEtagInterceptor } from '../shared/version-etag.interceptor';
import { CreatePerson, Person, PersonListParams, PersonPage, UpdatePerson } from './person.dto';

/**
 * `/api/v1/people`: staff of the region's organisations. Names, e-mails and phones are personal data:
 * every read is audited, and school-scoped roles reach their own school's people only.
 */
@ApiTags('people')
@Controller('people')
@AuditResource('person')
@UseInterceptors(VersionEtagInterceptor)
export class PeopleController {
  constructor(@Inject(ServiceClient) private readonly registry: ServiceClient) {}

  @Get()
  @RequirePermission('people:read')
  @ReadsPersonalData()
  @ApiOperation({
    summary: 'List people (filter by organisation, role, active; search names, e-mail, position; page)',
  })
  @ApiListQuery({
    sortable: PERSON_SORT_FIELDS,
    search: 'Part of the surname, name, patronymic, e-mail or position',
  })
  @ApiOkResponse({ type: PersonPage, description: 'One page of people' })
  @ApiProblemResponses(400)
  list(@Query() query: PersonListParams, @CurrentActor() actor: Actor): Promise<Page<PersonView>> {
    return this.registry.request(REGISTRY_RPC.listPeople, query, actor);
  }

  @Get(':id')
  @RequirePermission('people:read')
  @ReadsPersonalData()
  @ApiOperation({ summary: 'One person' })
  @ApiOkResponse({ type: Person, description: 'The person; their version is the ETag' })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<PersonView> {
    return this.registry.request(REGISTRY_RPC.getPerson, { id }, actor);
  }

  @Post()
  @RequirePermission('people:write')
  @ApiOperation({ summary: 'Register a person at an organisation' })
  @ApiCreatedResponse({
    type: Person,
    description: 'Registered; `registry.person.registered.v1` is published (without names)',
  })
  @ApiProblemResponses(400, 404, 409)
  create(@Body() body: CreatePerson, @CurrentActor() actor: Actor): Promise<PersonView> {
    return this.registry.request(REGISTRY_RPC.createPerson, body, actor);
  }

  @Patch(':id')
  @RequirePermission('people:write')
  @ApiOperation({ summary: 'Change a person’s record (fields left out stay as they are)' })
  @ApiVersionedUpdate()
  @ApiOkResponse({
    type: Person,
    description: 'The person as changed; `registry.person.updated.v1` is published',
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdatePerson,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<PersonView> {
    const request = { ...body, id, expectedVersion: expectedVersionOf(body.expectedVersion, ifMatch) };
    return this.registry.request(REGISTRY_RPC.updatePerson, request, actor);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @RequirePermission('people:write')
  @ApiOperation({ summary: 'Deactivate a person: kept for history, no longer active' })
  @ApiOkResponse({ type: Person, description: 'Deactivated (also when they already were)' })
  @ApiProblemResponses(400, 404)
  deactivate(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<PersonView> {
    return this.registry.request(REGISTRY_RPC.deactivatePerson, { id }, actor);
  }
}
