import { Injectable } from '@nestjs/common';
import { ProgressQuery, REPORTING_RPC } from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { RpcHandler } from '@orbita/service-host';
import { schoolScopeOfRequest } from '../shared/school-scope';
import { ProgressService } from './progress.service';

@Injectable()
export class ProgressHandlers {
  constructor(private readonly progress: ProgressService) {}

  @RpcHandler(REPORTING_RPC.getProgress, ProgressQuery)
  get(query: ProgressQuery, context: RpcContext) {
    return this.progress.progress(query, schoolScopeOfRequest(context));
  }
}
