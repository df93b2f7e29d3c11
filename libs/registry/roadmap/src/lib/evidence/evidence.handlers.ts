import { Injectable } from '@nestjs/common';
import { AttachEvidenceCommand, ByIdRequest, ListEvidenceQuery, ROADMAP_RPC } from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { actorWith, RpcHandler } from '@orbita/service-host';
import { EvidenceService } from './evidence.service';

/** Evidence over request/reply; the files themselves travel through the transfer bucket. */
@Injectable()
export class EvidenceHandlers {
  constructor(private readonly evidence: EvidenceService) {}

  @RpcHandler(ROADMAP_RPC.attachEvidence, AttachEvidenceCommand)
  attach(command: AttachEvidenceCommand, context: RpcContext) {
    return this.evidence.attach(command, actorWith(context, 'roadmap:evidence'));
  }

  @RpcHandler(ROADMAP_RPC.listEvidence, ListEvidenceQuery)
  list(query: ListEvidenceQuery, context: RpcContext) {
    return this.evidence.list(query, actorWith(context, 'roadmap:read'));
  }

  @RpcHandler(ROADMAP_RPC.downloadEvidence, ByIdRequest)
  download(request: ByIdRequest, context: RpcContext) {
    return this.evidence.download(request.id, actorWith(context, 'roadmap:read'));
  }

  @RpcHandler(ROADMAP_RPC.deleteEvidence, ByIdRequest)
  async remove(request: ByIdRequest, context: RpcContext) {
    await this.evidence.remove(request.id, actorWith(context, 'roadmap:evidence'));
    return { deleted: request.id };
  }
}
