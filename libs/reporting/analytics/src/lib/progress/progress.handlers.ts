import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import { ProgressQuery, REPORTING_RPC } from '@orbita/reporting/rpc';
import { RpcHandler } from '@orbita/service-host';
import { ProgressService } from './progress.service';

@Injectable()
export class ProgressHandlers {
  constructor(private readonly progress: ProgressService) {}

  @RpcHandler(REPORTING_RPC.getProgress)
  get(query: ProgressQuery, _actor: Actor, scope: SchoolScope) {
    return this.progress.progress(query, scope);
  }
}
