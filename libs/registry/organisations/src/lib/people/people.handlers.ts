import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import {
  REGISTRY_RPC,
  type CreatePersonRequest,
  type DeactivatePersonRequest,
  type ListPeopleQuery,
  type UpdatePersonRequest,
} from '@orbita/registry/rpc';
import { RpcHandler } from '@orbita/service-host';
import { PeopleService } from './people.service';

@Injectable()
export class PeopleHandlers {
  constructor(private readonly people: PeopleService) {}

  @RpcHandler(REGISTRY_RPC.listPeople)
  list(query: ListPeopleQuery, _actor: Actor, scope: SchoolScope) {
    return this.people.list(query, scope);
  }

  @RpcHandler(REGISTRY_RPC.getPerson)
  get(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.people.get(request.id, scope);
  }

  @RpcHandler(REGISTRY_RPC.createPerson)
  create(request: CreatePersonRequest, _actor: Actor, scope: SchoolScope) {
    return this.people.create(request, scope);
  }

  @RpcHandler(REGISTRY_RPC.updatePerson)
  update(request: UpdatePersonRequest, _actor: Actor, scope: SchoolScope) {
    return this.people.update(request, scope);
  }

  @RpcHandler(REGISTRY_RPC.deactivatePerson)
  deactivate(request: DeactivatePersonRequest, _actor: Actor, scope: SchoolScope) {
    return this.people.deactivate(request.id, scope);
  }
}
