import { Controller, Inject, Param, ParseBoolPipe, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { AuditResource, CurrentActor, RequirePermission, ThrottleExpensive } from '@orbita/gateway/auth';
import {
  ApiProblemResponses,
  PROBLEM_CONTENT_TYPE,
  ServiceClient,
  TransferFiles,
} from '@orbita/gateway/feature-http';
import { ValidationFailedException } from '@orbita/observability';
import { ASSIGNMENT_IMPORT_MAX_BYTES, AssignmentImportReportView, PROJECTS_RPC } from '@orbita/projects/rpc';
import type { FastifyRequest } from 'fastify';
import { ASSIGNMENT_IMPORT_UPLOAD_SCHEMA, AssignmentImportInvalidProblem } from './assignment-import.dto';

const dryRunFlag = new ParseBoolPipe({
  optional: true,
  exceptionFactory: () =>
    new ValidationFailedException([{ field: 'dryRun', message: 'dryRun must be true or false' }]),
});

/**
 * `/api/v1/project-stages/{stageId}/assignments/import`: experts assigned to a stage's works from a file
 * (the rest of `/project-stages` is the route table `ProjectStagesController`, whose operation ids this shares).
 */
@ApiTags('project-stages')
@Controller('project-stages')
@AuditResource('project-stage')
export class AssignmentImportController {
  constructor(
    @Inject(ServiceClient) private readonly projects: ServiceClient,
    @Inject(TransferFiles) private readonly files: TransferFiles,
  ) {}

  @Post(':stageId/assignments/import')
  @RequirePermission(PROJECTS_RPC.importAssignments.permission)
  @ThrottleExpensive()
  @ApiOperation({
    operationId: 'ProjectStages_importAssignments',
    summary: 'Assign experts to the stage’s works from a CSV or XLSX file; `dryRun=true` only reports',
    description:
      'Each row under the rules of assigning by hand: the expert of the work’s section, never one with a conflict of interest. ' +
      'A dry run answers what each row would do (assign, already assigned, conflict, unknown work, unknown expert, outside section, duplicate) and saves nothing. ' +
      'Otherwise every row is assigned or none: any row with a problem answers 422 naming its row and column.',
  })
  @ApiQuery({
    name: 'dryRun',
    required: false,
    type: Boolean,
    description: 'true: report only, save nothing',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: ASSIGNMENT_IMPORT_UPLOAD_SCHEMA })
  @ApiCreatedResponse({ type: AssignmentImportReportView, description: 'The report, row by row' })
  @ApiExtraModels(AssignmentImportInvalidProblem)
  @ApiResponse({
    status: 422,
    description:
      'The file has rows with problems (`PROJECTS.ASSIGNMENT_IMPORT_INVALID`, the rows at fault in `rows`), or is not a table of assignments (`errors` names `file`); nothing was saved',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(AssignmentImportInvalidProblem) } } },
  })
  @ApiProblemResponses(400, 404, 409, 413, 415)
  async importAssignments(
    @Param('stageId', ParseUUIDPipe) stageId: string,
    @Query('dryRun', dryRunFlag) dryRun: boolean | undefined,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AssignmentImportReportView> {
    const upload = await this.files.receive(request, {
      service: 'projects',
      maxBytes: ASSIGNMENT_IMPORT_MAX_BYTES,
    });
    // From here the projects service owns the file: it removes it whether it applies it or not.
    return this.projects.request(
      PROJECTS_RPC.importAssignments,
      { stageId, objectName: upload.objectName, fileName: upload.fileName, dryRun: dryRun ?? false },
      actor,
    );
  }
}
