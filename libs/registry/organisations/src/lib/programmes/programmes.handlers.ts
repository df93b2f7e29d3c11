import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import {
  REGISTRY_RPC,
  type AddParticipationRequest,
  type CreateProgrammeRequest,
  type ListParticipationQuery,
  type ListProgrammesQuery,
  type RemoveParticipationRequest,
  type UpdateProgrammeRequest,
} from '@orbita/registry/rpc';
import { RpcHandler } from '@orbita/service-host';
import { ProgrammesService } from './programmes.service';

@Injectable()
export class ProgrammesHandlers {
  constructor(private readonly programmes: ProgrammesService) {}

  @RpcHandler(REGISTRY_RPC.listProgrammes)
  list(query: ListProgrammesQuery) {
    return this.programmes.list(query);
  }

  @RpcHandler(REGISTRY_RPC.getProgramme)
  get(request: ByIdRequest) {
    return this.programmes.get(request.id);
  }

  @RpcHandler(REGISTRY_RPC.createProgramme)
  create(request: CreateProgrammeRequest) {
    return this.programmes.create(request);
  }

  @RpcHandler(REGISTRY_RPC.updateProgramme)
  update(request: UpdateProgrammeRequest) {
    return this.programmes.update(request);
  }

  @RpcHandler(REGISTRY_RPC.listParticipation)
  listParticipation(query: ListParticipationQuery, _actor: Actor, scope: SchoolScope) {
    return this.programmes.listParticipation(query, scope);
  }

  @RpcHandler(REGISTRY_RPC.addParticipation)
  addParticipation(request: AddParticipationRequest, _actor: Actor, scope: SchoolScope) {
    return this.programmes.addParticipation(request, scope);
  }

  @RpcHandler(REGISTRY_RPC.removeParticipation)
  removeParticipation(request: RemoveParticipationRequest, _actor: Actor, scope: SchoolScope) {
    return this.programmes.removeParticipation(request, scope);
  }
}
