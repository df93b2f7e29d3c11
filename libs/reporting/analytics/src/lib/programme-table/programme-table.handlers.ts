import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import { ProgrammeTableQuery, REPORTING_RPC } from '@orbita/reporting/rpc';
import { RpcHandler } from '@orbita/service-host';
import { ProgrammeTableService } from './programme-table.service';

@Injectable()
export class ProgrammeTableHandlers {
  constructor(private readonly programmeTable: ProgrammeTableService) {}

  @RpcHandler(REPORTING_RPC.getProgrammeTable)
  table(request: ProgrammeTableQuery, _actor: Actor, scope: SchoolScope) {
    return this.programmeTable.table(request, scope);
  }
}
