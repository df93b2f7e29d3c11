import { Injectable } from '@nestjs/common';
import { PROJECTS_RPC, type ExportSummaryProtocolRequest } from '@orbita/projects/rpc';
import { RpcHandler } from '@orbita/service-host';
import { SummaryProtocolService } from './summary-protocol.service';

/** The summary protocol over request/reply; the file travels through the transfer bucket. */
@Injectable()
export class SummaryProtocolHandlers {
  constructor(private readonly protocols: SummaryProtocolService) {}

  @RpcHandler(PROJECTS_RPC.exportSummaryProtocol)
  export(request: ExportSummaryProtocolRequest) {
    return this.protocols.export(request);
  }
}
