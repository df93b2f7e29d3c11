import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import { PROJECTS_RPC, type AttachWorkFileCommand } from '@orbita/projects/rpc';
import { RpcHandler } from '@orbita/service-host';
import { readerOf } from '../shared/reader';
import { WorkFilesService } from './work-files.service';

/** Works' files over request/reply; the bytes travel through the transfer bucket. */
@Injectable()
export class WorkFilesHandlers {
  constructor(private readonly files: WorkFilesService) {}

  @RpcHandler(PROJECTS_RPC.attachWorkFile)
  attach(command: AttachWorkFileCommand, actor: Actor, scope: SchoolScope) {
    return this.files.attach(command, actor, scope);
  }

  @RpcHandler(PROJECTS_RPC.getWorkFile)
  get(request: ByIdRequest, actor: Actor, scope: SchoolScope) {
    return this.files.get(request.id, readerOf(actor, scope));
  }

  @RpcHandler(PROJECTS_RPC.downloadWorkFile)
  download(request: ByIdRequest, actor: Actor, scope: SchoolScope) {
    return this.files.download(request.id, readerOf(actor, scope));
  }
}
