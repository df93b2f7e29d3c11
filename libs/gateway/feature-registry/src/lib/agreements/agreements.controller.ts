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
import { AGREEMENT_SORT_FIELDS, REGISTRY_RPC, type AgreementView, type Page } from '@orbita/contracts';
import { AuditResource, CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { ApiVersionedUpdate, expectedVersionOf } from '../shared/versioned-update';
import { VersionEtagInterceptor } from '../shared/version-etag.interceptor';
import {
  Agreement,
  AgreementListParams,
  AgreementPage,
  CreateAgreement,
  UpdateAgreement,
} from './agreement.dto';

/**
 * `/api/v1/agreements`: cooperation agreements (договоры о сотрудничестве) of schools, the regional
 * centre and the authority with partners. School-scoped roles reach the agreements their school signed.
 */
@ApiTags('agreements')
@Controller('agreements')
@AuditResource('agreement')
@UseInterceptors(VersionEtagInterceptor)
export class AgreementsController {
  constructor(@Inject(ServiceClient) private readonly registry: ServiceClient) {}

  @Get()
  @RequirePermission('agreements:read')
  @ApiOperation({
    summary:
      'List agreements (filter by organisation, status, programme; `expiringWithinDays=60` for those to renew)',
  })
  @ApiListQuery({
    sortable: AGREEMENT_SORT_FIELDS,
    search: 'Part of the number, the subject or a party’s short name',
  })
  @ApiOkResponse({
    type: AgreementPage,
    description: 'One page of agreements, by default those ending first first',
  })
  @ApiProblemResponses(400)
  list(@Query() query: AgreementListParams, @CurrentActor() actor: Actor): Promise<Page<AgreementView>> {
    return this.registry.request(REGISTRY_RPC.listAgreements, query, actor);
  }

  @Get(':id')
  @RequirePermission('agreements:read')
  @ApiOperation({ summary: 'One agreement' })
  @ApiOkResponse({ type: Agreement, description: 'The agreement; its version is the ETag' })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<AgreementView> {
    return this.registry.request(REGISTRY_RPC.getAgreement, { id }, actor);
  }

  @Post()
  @RequirePermission('agreements:write')
  @ApiOperation({ summary: 'Register an agreement, as a draft or already signed' })
  @ApiCreatedResponse({ type: Agreement, description: 'Registered' })
  @ApiProblemResponses(400, 404, 409)
  create(@Body() body: CreateAgreement, @CurrentActor() actor: Actor): Promise<AgreementView> {
    return this.registry.request(REGISTRY_RPC.createAgreement, body, actor);
  }

  @Patch(':id')
  @RequirePermission('agreements:write')
  @ApiOperation({ summary: 'Change an agreement: its terms, or its status (sign a draft, terminate)' })
  @ApiVersionedUpdate()
  @ApiOkResponse({ type: Agreement, description: 'The agreement as changed' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateAgreement,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<AgreementView> {
    const request = { ...body, id, expectedVersion: expectedVersionOf(body.expectedVersion, ifMatch) };
    return this.registry.request(REGISTRY_RPC.updateAgreement, request, actor);
  }
}
