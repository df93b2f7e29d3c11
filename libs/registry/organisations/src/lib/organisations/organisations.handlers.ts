import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import {
  REGISTRY_RPC,
  type CreatePartnerRequest,
  type CreateSchoolRequest,
  type ListOrganisationsQuery,
  type ListPartnersQuery,
  type ListSchoolsQuery,
  type UpdatePartnerRequest,
  type UpdateSchoolRequest,
} from '@orbita/registry/rpc';
import { RpcHandler } from '@orbita/service-host';
import { OrganisationsService } from './organisations.service';

@Injectable()
export class OrganisationsHandlers {
  constructor(private readonly organisations: OrganisationsService) {}

  @RpcHandler(REGISTRY_RPC.listOrganisations)
  listOrganisations(query: ListOrganisationsQuery, _actor: Actor, scope: SchoolScope) {
    return this.organisations.listOrganisations(query, scope);
  }

  @RpcHandler(REGISTRY_RPC.listSchools)
  listSchools(query: ListSchoolsQuery, _actor: Actor, scope: SchoolScope) {
    return this.organisations.listSchools(query, scope);
  }

  @RpcHandler(REGISTRY_RPC.getSchool)
  getSchool(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.organisations.getSchool(request.id, scope);
  }

  @RpcHandler(REGISTRY_RPC.createSchool)
  createSchool(request: CreateSchoolRequest) {
    return this.organisations.createSchool(request);
  }

  @RpcHandler(REGISTRY_RPC.updateSchool)
  updateSchool(request: UpdateSchoolRequest, _actor: Actor, scope: SchoolScope) {
    return this.organisations.updateSchool(request, scope);
  }

  @RpcHandler(REGISTRY_RPC.listPartners)
  listPartners(query: ListPartnersQuery) {
    return this.organisations.listPartners(query);
  }

  @RpcHandler(REGISTRY_RPC.getPartner)
  getPartner(request: ByIdRequest) {
    return this.organisations.getPartner(request.id);
  }

  @RpcHandler(REGISTRY_RPC.createPartner)
  createPartner(request: CreatePartnerRequest) {
    return this.organisations.createPartner(request);
  }

  @RpcHandler(REGISTRY_RPC.updatePartner)
  updatePartner(request: UpdatePartnerRequest) {
    return this.organisations.updatePartner(request);
  }
}
