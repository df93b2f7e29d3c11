import {
  Controller,
  Get,
  Header,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { XLSX_MEDIA_TYPE } from '@orbita/contracts';
import { CLASS_LIST_FILE_MAX_BYTES, ENROLLMENT_RPC, ImportedClassListView } from '@orbita/enrollment/rpc';
import { AuditResource, CurrentActor, RequirePermission, ThrottleExpensive } from '@orbita/gateway/auth';
import {
  ApiProblemResponses,
  PROBLEM_CONTENT_TYPE,
  ServiceClient,
  TransferFiles,
} from '@orbita/gateway/feature-http';
import type { FastifyRequest } from 'fastify';
import { CLASS_LIST_UPLOAD_SCHEMA, ClassListInvalidProblem, ClassListUploadFields } from './class-list.dto';

/**
 * `/api/v1/classes/{id}/list` and `/import-template`: a class's list as a file, up and down (the rest of
 * `/classes` is the route table `ClassesController`, whose operation ids these share).
 */
@ApiTags('classes')
@Controller('classes')
@AuditResource('programme_class')
export class ClassListController {
  constructor(
    @Inject(ServiceClient) private readonly enrollment: ServiceClient,
    @Inject(TransferFiles) private readonly files: TransferFiles,
  ) {}

  @Post(':id/list')
  @RequirePermission(ENROLLMENT_RPC.importClassList.permission)
  @ApiOperation({
    operationId: 'Classes_importList',
    summary: 'Import the class list (XLSX or CSV): register and enroll its students by an order',
    description:
      'Every row or none: any invalid row answers 422 with the row-level report and nothing is stored. A student the school already ' +
      'has (same names and birth date) keeps their record; importing the same list again changes nothing. ' +
      '`enrollment.student.enrolled.v1` is published per student enrolled.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: CLASS_LIST_UPLOAD_SCHEMA })
  @ApiCreatedResponse({ type: ImportedClassListView })
  @ApiExtraModels(ClassListInvalidProblem)
  @ApiResponse({
    status: 422,
    description:
      'The list has problems (`ENROLLMENT.CLASS_LIST_INVALID`): the report lists them by row and column; nothing was stored',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ClassListInvalidProblem) } } },
  })
  @ApiProblemResponses(400, 404, 409, 413, 415)
  async importList(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ImportedClassListView> {
    const upload = await this.files.receive(request, {
      service: 'enrollment',
      maxBytes: CLASS_LIST_FILE_MAX_BYTES,
      fields: ClassListUploadFields,
    });
    // From here enrollment owns the file: it removes it whether it accepts it or not.
    return this.enrollment.request(
      ENROLLMENT_RPC.importClassList,
      { ...upload.fields, classId: id, objectName: upload.objectName, fileName: upload.fileName },
      actor,
    );
  }

  @Get(':id/import-template')
  @RequirePermission(ENROLLMENT_RPC.exportClassListTemplate.permission)
  @ThrottleExpensive()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    operationId: 'Classes_importTemplate',
    summary: 'Download the XLSX template of the class list, named after the class',
    description:
      'The columns `POST /classes/{id}/list` reads, under a frozen header (required ones shaded, each with a note), the birth date ' +
      'as a date (dd.mm.yyyy) within school age, the gender from a list (м / ж), and a sheet «Как заполнять» with instructions.',
  })
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({
    description: 'The workbook, as an attachment',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblemResponses(400, 404)
  async importTemplate(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const download = await this.enrollment.request(ENROLLMENT_RPC.exportClassListTemplate, { id }, actor);
    return this.files.send('enrollment', download);
  }
}
