import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import { ROADMAP_RPC, type AttachEvidenceCommand, type ListEvidenceQuery } from '@orbita/registry/rpc';
import { RpcHandler } from '@orbita/service-host';
import { EvidenceService } from './evidence.service';

/** Evidence over request/reply; the files themselves travel through the transfer bucket. */
@Injectable()
export class EvidenceHandlers {
  constructor(private readonly evidence: EvidenceService) {}

  @RpcHandler(ROADMAP_RPC.attachEvidence)
  attach(command: AttachEvidenceCommand, actor: Actor, scope: SchoolScope) {
    return this.evidence.attach(command, actor, scope);
  }

  @RpcHandler(ROADMAP_RPC.listEvidence)
  list(query: ListEvidenceQuery, _actor: Actor, scope: SchoolScope) {
    return this.evidence.list(query, scope);
  }

  @RpcHandler(ROADMAP_RPC.downloadEvidence)
  download(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.evidence.download(request.id, scope);
  }

  @RpcHandler(ROADMAP_RPC.deleteEvidence)
  remove(request: ByIdRequest, actor: Actor, scope: SchoolScope) {
    return this.evidence.remove(request.id, actor, scope);
  }
}
