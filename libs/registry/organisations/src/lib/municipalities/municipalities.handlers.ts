import { Injectable } from '@nestjs/common';
import type { ByIdRequest } from '@orbita/contracts';
import {
  REGISTRY_RPC,
  type CreateMunicipalityRequest,
  type ListMunicipalitiesQuery,
  type UpdateMunicipalityRequest,
} from '@orbita/registry/rpc';
import { RpcHandler } from '@orbita/service-host';
import { MunicipalitiesService } from './municipalities.service';

@Injectable()
export class MunicipalitiesHandlers {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @RpcHandler(REGISTRY_RPC.listMunicipalities)
  list(query: ListMunicipalitiesQuery) {
    return this.municipalities.list(query);
  }

  @RpcHandler(REGISTRY_RPC.getMunicipality)
  get(request: ByIdRequest) {
    return this.municipalities.get(request.id);
  }

  @RpcHandler(REGISTRY_RPC.createMunicipality)
  create(request: CreateMunicipalityRequest) {
    return this.municipalities.create(request);
  }

  @RpcHandler(REGISTRY_RPC.updateMunicipality)
  update(request: UpdateMunicipalityRequest) {
    return this.municipalities.update(request);
  }
}
