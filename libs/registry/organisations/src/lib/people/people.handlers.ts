import { Injectable } from '@nestjs/common';
import {
  ByIdRequest,
  CreatePersonRequest,
  DeactivatePersonRequest,
  ListPeopleQuery,
  REGISTRY_RPC,
  UpdatePersonRequest,
} from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { RpcHandler } from '@orbita/service-host';
import { schoolScopeOfRequest } from '../shared/school-scope';
import { PeopleService } from './people.service';

@Injectable()
export class PeopleHandlers {
  constructor(private readonly people: PeopleService) {}

  @RpcHandler(REGISTRY_RPC.listPeople, ListPeopleQuery)
  list(query: ListPeopleQuery, context: RpcContext) {
    return this.people.list(query, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.getPerson, ByIdRequest)
  get(request: ByIdRequest, context: RpcContext) {
    return this.people.get(request.id, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.createPerson, CreatePersonRequest)
  create(request: CreatePersonRequest, context: RpcContext) {
    return this.people.create(request, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.updatePerson, UpdatePersonRequest)
  update(request: UpdatePersonRequest, context: RpcContext) {
    return this.people.update(request, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.deactivatePerson, DeactivatePersonRequest)
  deactivate(request: DeactivatePersonRequest, context: RpcContext) {
    return this.people.deactivate(request.id, schoolScopeOfRequest(context));
  }
}
