import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import { CompletenessRequest, REPORTING_RPC } from '@orbita/reporting/rpc';
import { RpcHandler } from '@orbita/service-host';
import { CompletenessService } from './completeness.service';

@Injectable()
export class CompletenessHandlers {
  constructor(private readonly completeness: CompletenessService) {}

  @RpcHandler(REPORTING_RPC.getCompleteness)
  board(request: CompletenessRequest, _actor: Actor, scope: SchoolScope) {
    return this.completeness.board(request, scope);
  }
}
