import { Injectable } from '@nestjs/common';
import { PROJECTS_RPC, type ImportAssignmentsCommand } from '@orbita/projects/rpc';
import { RpcHandler } from '@orbita/service-host';
import { AssignmentImportService } from './assignment-import.service';

/** Bulk assignment over request/reply; the file travels through the transfer bucket. */
@Injectable()
export class AssignmentImportHandlers {
  constructor(private readonly assignmentImport: AssignmentImportService) {}

  @RpcHandler(PROJECTS_RPC.importAssignments)
  import(command: ImportAssignmentsCommand) {
    return this.assignmentImport.import(command);
  }
}
