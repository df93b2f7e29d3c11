import { Injectable } from '@nestjs/common';
import {
  ByIdRequest,
  CreatePartnerRequest,
  CreateSchoolRequest,
  ListOrganisationsQuery,
  ListPartnersQuery,
  ListSchoolsQuery,
  REGISTRY_RPC,
  UpdatePartnerRequest,
  UpdateSchoolRequest,
} from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { RpcHandler } from '@orbita/service-host';
import { schoolScopeOfRequest } from '../shared/school-scope';
import { OrganisationsService } from './organisations.service';

@Injectable()
export class OrganisationsHandlers {
  constructor(private readonly organisations: OrganisationsService) {}

  @RpcHandler(REGISTRY_RPC.listOrganisations, ListOrganisationsQuery)
  listOrganisations(query: ListOrganisationsQuery, context: RpcContext) {
    return this.organisations.listOrganisations(query, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.listSchools, ListSchoolsQuery)
  listSchools(query: ListSchoolsQuery, context: RpcContext) {
    return this.organisations.listSchools(query, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.getSchool, ByIdRequest)
  getSchool(request: ByIdRequest, context: RpcContext) {
    return this.organisations.getSchool(request.id, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.createSchool, CreateSchoolRequest)
  createSchool(request: CreateSchoolRequest, context: RpcContext) {
    return this.organisations.createSchool(request, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.updateSchool, UpdateSchoolRequest)
  updateSchool(request: UpdateSchoolRequest, context: RpcContext) {
    return this.organisations.updateSchool(request, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.listPartners, ListPartnersQuery)
  listPartners(query: ListPartnersQuery) {
    return this.organisations.listPartners(query);
  }

  @RpcHandler(REGISTRY_RPC.getPartner, ByIdRequest)
  getPartner(request: ByIdRequest) {
    return this.organisations.getPartner(request.id);
  }

  @RpcHandler(REGISTRY_RPC.createPartner, CreatePartnerRequest)
  createPartner(request: CreatePartnerRequest, context: RpcContext) {
    return this.organisations.createPartner(request, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.updatePartner, UpdatePartnerRequest)
  updatePartner(request: UpdatePartnerRequest, context: RpcContext) {
    return this.organisations.updatePartner(request, schoolScopeOfRequest(context));
  }
}
