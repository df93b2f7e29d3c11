import { Injectable } from '@nestjs/common';
import {
  ByIdRequest,
  CreateMunicipalityRequest,
  ListMunicipalitiesQuery,
  REGISTRY_RPC,
  UpdateMunicipalityRequest,
} from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { RpcHandler } from '@orbita/service-host';
import { schoolScopeOfRequest } from '../shared/school-scope';
import { MunicipalitiesService } from './municipalities.service';

@Injectable()
export class MunicipalitiesHandlers {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @RpcHandler(REGISTRY_RPC.listMunicipalities, ListMunicipalitiesQuery)
  list(query: ListMunicipalitiesQuery) {
    return this.municipalities.list(query);
  }

  @RpcHandler(REGISTRY_RPC.getMunicipality, ByIdRequest)
  get(request: ByIdRequest) {
    return this.municipalities.get(request.id);
  }

  @RpcHandler(REGISTRY_RPC.createMunicipality, CreateMunicipalityRequest)
  create(request: CreateMunicipalityRequest, context: RpcContext) {
    return this.municipalities.create(request, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.updateMunicipality, UpdateMunicipalityRequest)
  update(request: UpdateMunicipalityRequest, context: RpcContext) {
    return this.municipalities.update(request, schoolScopeOfRequest(context));
  }
}
