import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import {
  REGISTRY_RPC,
  type CreateAgreementRequest,
  type ListAgreementsQuery,
  type UpdateAgreementRequest,
} from '@orbita/registry/rpc';
import { RpcHandler } from '@orbita/service-host';
import { AgreementsService } from './agreements.service';

@Injectable()
export class AgreementsHandlers {
  constructor(private readonly agreements: AgreementsService) {}

  @RpcHandler(REGISTRY_RPC.listAgreements)
  list(query: ListAgreementsQuery, _actor: Actor, scope: SchoolScope) {
    return this.agreements.list(query, scope);
  }

  @RpcHandler(REGISTRY_RPC.getAgreement)
  get(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.agreements.get(request.id, scope);
  }

  @RpcHandler(REGISTRY_RPC.createAgreement)
  create(request: CreateAgreementRequest, _actor: Actor, scope: SchoolScope) {
    return this.agreements.create(request, scope);
  }

  @RpcHandler(REGISTRY_RPC.updateAgreement)
  update(request: UpdateAgreementRequest, _actor: Actor, scope: SchoolScope) {
    return this.agreements.update(request, scope);
  }
}
