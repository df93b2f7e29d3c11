import { Injectable } from '@nestjs/common';
import {
  ByIdRequest,
  CreateAgreementRequest,
  ListAgreementsQuery,
  REGISTRY_RPC,
  UpdateAgreementRequest,
} from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { RpcHandler } from '@orbita/service-host';
import { schoolScopeOfRequest } from '../shared/school-scope';
import { AgreementsService } from './agreements.service';

@Injectable()
export class AgreementsHandlers {
  constructor(private readonly agreements: AgreementsService) {}

  @RpcHandler(REGISTRY_RPC.listAgreements, ListAgreementsQuery)
  list(query: ListAgreementsQuery, context: RpcContext) {
    return this.agreements.list(query, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.getAgreement, ByIdRequest)
  get(request: ByIdRequest, context: RpcContext) {
    return this.agreements.get(request.id, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.createAgreement, CreateAgreementRequest)
  create(request: CreateAgreementRequest, context: RpcContext) {
    return this.agreements.create(request, schoolScopeOfRequest(context));
  }

  @RpcHandler(REGISTRY_RPC.updateAgreement, UpdateAgreementRequest)
  update(request: UpdateAgreementRequest, context: RpcContext) {
    return this.agreements.update(request, schoolScopeOfRequest(context));
  }
}
