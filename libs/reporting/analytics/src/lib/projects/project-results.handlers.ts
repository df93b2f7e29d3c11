import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import { ProjectResultsQuery, REPORTING_RPC } from '@orbita/reporting/rpc';
import { RpcHandler } from '@orbita/service-host';
import { ProjectResultsService } from './project-results.service';

@Injectable()
export class ProjectResultsHandlers {
  constructor(private readonly projectResults: ProjectResultsService) {}

  @RpcHandler(REPORTING_RPC.getProjectResults)
  results(request: ProjectResultsQuery, _actor: Actor, scope: SchoolScope) {
    return this.projectResults.results(request, scope);
  }
}
