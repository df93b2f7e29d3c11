import { Injectable } from '@nestjs/common';
import { CompletenessRequest, REPORTING_RPC } from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { RpcHandler } from '@orbita/service-host';
import { schoolScopeOfRequest } from '../shared/school-scope';
import { CompletenessService } from './completeness.service';

@Injectable()
export class CompletenessHandlers {
  constructor(private readonly completeness: CompletenessService) {}

  @RpcHandler(REPORTING_RPC.getCompleteness, CompletenessRequest)
  board(request: CompletenessRequest, context: RpcContext) {
    return this.completeness.board(request, schoolScopeOfRequest(context));
  }
}
