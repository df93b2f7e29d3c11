import { Injectable } from '@nestjs/common';
import { ProgrammeTableQuery, REPORTING_RPC } from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { RpcHandler } from '@orbita/service-host';
import { schoolScopeOfRequest } from '../shared/school-scope';
import { ProgrammeTableService } from './programme-table.service';

@Injectable()
export class ProgrammeTableHandlers {
  constructor(private readonly programmeTable: ProgrammeTableService) {}

  @RpcHandler(REPORTING_RPC.getProgrammeTable, ProgrammeTableQuery)
  table(request: ProgrammeTableQuery, context: RpcContext) {
    return this.programmeTable.table(request, schoolScopeOfRequest(context));
  }
}
