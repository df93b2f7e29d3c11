import { Injectable } from '@nestjs/common';
import {
  AddParticipationRequest,
  ByIdRequest,
  CreateProgrammeRequest,
  ListParticipationQuery,
  ListProgrammesQuery,
  REGISTRY_RPC,
  RemoveParticipationRequest,
  UpdateProgrammeRequest,
} from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { RpcHandler } from '@orbita/service-host';
import { schoolScopeOfRequest } from '../shared/school-scope';
import { ProgrammesService } from './programmes.service';

@Injectable()
export class ProgrammesHandlers {
  constructor(private readonly programmes: ProgrammesService) {}

  @RpcHandler(REGISTRY_RPC.listProgrammes, ListProgrammesQuery)
  list(query: ListProgrammesQuery) {
    return this.programmes.list(query);
  }

  @RpcHandler(REGISTRY_RPC.getProgramme, ByIdRequest)
  get(request: ByIdRequest) {
    return this.programmes.get(request.id);
  }

  @RpcHandler(REGISTRY_RPC.createProgramme, CreateProgrammeRequest)
  create(request: CreateProgrammeRequest, context: RpcContext) {
    return this.programmes.create(request, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.updateProgramme, UpdateProgrammeRequest)
  update(request: UpdateProgrammeRequest, context: RpcContext) {
    return this.programmes.update(request, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.listParticipation, ListParticipationQuery)
  listParticipation(query: ListParticipationQuery, context: RpcContext) {
    return this.programmes.listParticipation(query, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.addParticipation, AddParticipationRequest)
  addParticipation(request: AddParticipationRequest, context: RpcContext) {
    return this.programmes.addParticipation(request, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.removeParticipation, RemoveParticipationRequest)
  removeParticipation(request: RemoveParticipationRequest, context: RpcContext) {
    return this.programmes.removeParticipation(request, schoolScopeOfRequest(context));
  }
}
