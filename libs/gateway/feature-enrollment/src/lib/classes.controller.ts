import {
  Body,
  Controller,
  Get,
  Header,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
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
import {
  CLASS_LIST_FILE_MAX_BYTES,
  CLASS_SORT_FIELDS,
  ENROLLMENT_RPC,
  XLSX_MEDIA_TYPE,
  type ImportedClassListView,
  type Page,
  type ProgrammeClassView,
  type SubjectView,
  type TransferFileView,
} from '@orbita/contracts';
import { AuditResource, CurrentActor, RequirePermission, ThrottleExpensive } from '@orbita/gateway/auth';
import {
  ApiListQuery,
  ApiProblemResponses,
  PROBLEM_CONTENT_TYPE,
  ServiceClient,
  TransferFiles,
} from '@orbita/gateway/feature-http';
import type { FastifyRequest } from 'fastify';
import {
  CLASS_LIST_UPLOAD_SCHEMA,
  ClassListInvalidProblem,
  ClassListUploadFields,
  ClassListParams,
  CreateClass,
  CreateSubject,
  ImportedClassList,
  ProgrammeClass,
  ProgrammeClassPage,
  Subject,
  UpdateClass,
} from './enrollment.dto';

/** `/api/v1/classes`: programme classes (классы Проекта). */
@ApiTags('classes')
@Controller('classes')
@AuditResource('programme_class')
@RequirePermission('classes:read')
export class ClassesController {
  constructor(
    @Inject(ServiceClient) private readonly enrollment: ServiceClient,
    @Inject(TransferFiles) private readonly files: TransferFiles,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List programme classes (a school account sees its own school’s)' })
  @ApiListQuery({ sortable: CLASS_SORT_FIELDS, search: 'Part of the label' })
  @ApiOkResponse({ type: ProgrammeClassPage })
  @ApiProblemResponses(400)
  list(@Query() query: ClassListParams, @CurrentActor() actor: Actor): Promise<Page<ProgrammeClassView>> {
    return this.enrollment.request(ENROLLMENT_RPC.listClasses, query, actor);
  }

  @Post()
  @RequirePermission('classes:write')
  @ApiOperation({
    summary: 'Form a programme class',
    description: '`enrollment.class.formed.v1` is published.',
  })
  @ApiCreatedResponse({ type: ProgrammeClass })
  @ApiProblemResponses(400, 403, 404, 409, 422)
  create(@Body() body: CreateClass, @CurrentActor() actor: Actor): Promise<ProgrammeClassView> {
    return this.enrollment.request(ENROLLMENT_RPC.createClass, body, actor);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One programme class' })
  @ApiOkResponse({ type: ProgrammeClass })
  @ApiProblemResponses(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ProgrammeClassView> {
    return this.enrollment.request(ENROLLMENT_RPC.getClass, { id }, actor);
  }

  @Put(':id')
  @RequirePermission('classes:write')
  @ApiOperation({
    summary: 'Change the description of a class',
    description: '`enrollment.class.changed.v1` is published with the next revision.',
  })
  @ApiOkResponse({ type: ProgrammeClass })
  @ApiProblemResponses(400, 404, 409, 422)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateClass,
    @CurrentActor() actor: Actor,
  ): Promise<ProgrammeClassView> {
    return this.enrollment.request(ENROLLMENT_RPC.updateClass, { ...body, id }, actor);
  }

  @Post(':id/list')
  @RequirePermission('students:write')
  @ApiOperation({
    summary: 'Import the class list (XLSX or CSV): register and enroll its students by an order',
    description:
      'Every row or none: any invalid row answers 422 with the row-level report and nothing is stored. A student the school already ' +
      'has (same names and birth date) keeps their record; importing the same list again changes nothing. ' +
      '`enrollment.student.enrolled.v1` is published per student enrolled.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: CLASS_LIST_UPLOAD_SCHEMA })
  @ApiCreatedResponse({ type: ImportedClassList })
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
  @RequirePermission('students:write')
  @ThrottleExpensive()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
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
    const download = await this.enrollment.request<TransferFileView>(
      ENROLLMENT_RPC.exportClassListTemplate,
      { id },
      actor,
    );
    return this.files.send('enrollment', download);
  }
}

/** `/api/v1/subjects`: the profile subjects classes may have; the regional centre extends the list. */
@ApiTags('classes')
@Controller('subjects')
@AuditResource('subject')
@RequirePermission('classes:read')
export class SubjectsController {
  constructor(@Inject(ServiceClient) private readonly enrollment: ServiceClient) {}

  @Get()
  @ApiOperation({ summary: 'The profile subjects' })
  @ApiOkResponse({ type: [Subject] })
  list(@CurrentActor() actor: Actor): Promise<SubjectView[]> {
    return this.enrollment.request(ENROLLMENT_RPC.listSubjects, {}, actor);
  }

  @Post()
  @RequirePermission('classes:write')
  @ApiOperation({ summary: 'Add a profile subject (regional centre only)' })
  @ApiCreatedResponse({ type: Subject })
  @ApiProblemResponses(400, 403, 409)
  create(@Body() body: CreateSubject, @CurrentActor() actor: Actor): Promise<SubjectView> {
    return this.enrollment.request(ENROLLMENT_RPC.createSubject, body, actor);
  }
}
