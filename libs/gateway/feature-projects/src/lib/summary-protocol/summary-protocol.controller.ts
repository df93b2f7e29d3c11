import { Controller, Get, Header, Inject, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { XLSX_MEDIA_TYPE } from '@orbita/contracts';
import {
  AuditResource,
  CurrentActor,
  ReadsPersonalData,
  RequirePermission,
  ThrottleExpensive,
} from '@orbita/gateway/auth';
import { ENROLLMENT_RPC, type StudentView } from '@orbita/enrollment/rpc';
import { ApiProblemResponses, everyPage, ServiceClient, TransferFiles } from '@orbita/gateway/feature-http';
import { CodedException } from '@orbita/observability';
import { PROJECTS_RPC, type DisplayName, type SummaryProtocolFormat } from '@orbita/projects/rpc';
import { REGISTRY_RPC } from '@orbita/registry/rpc';
import { IsOptional, IsUUID } from 'class-validator';

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PAGE_SIZE = 200;

export class SummaryProtocolQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'One section of the stage’s season; all of them by default',
  })
  @IsOptional()
  @IsUUID()
  sectionId?: string;
}

/** `read` of every item, a few at a time (a stage awards hundreds of works; the services share the cores). */
async function fewAtATime<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += 8)
    results.push(...(await Promise.all(items.slice(start, start + 8).map(read))));
  return results;
}

/** A student the caller may not see, or enrollment does not know, is left unnamed (printed as the id). */
const unlessUnseen = (error: unknown): null => {
  if (error instanceof CodedException && (error.status === 403 || error.status === 404)) return null;
  throw error;
};

const initials = (...parts: (string | null | undefined)[]) =>
  parts.filter((part): part is string => Boolean(part)).map((part) => `${part[0]}.`);

const described = (format: string) =>
  `The summary protocol (сводный протокол оценки) of the stage as ${format}. Per section, each work with every ` +
  'expert’s total, the aggregated score, rank and award, and signature lines for the chair and two members of ' +
  'the commission; the region’s best works; the list for diplomas. Schools and experts are named from the ' +
  'registry, the authors on the list for diplomas («Фамилия Имя») from enrollment, as the caller reads them; ' +
  'an author the caller may not see is printed as the enrollment student id.';

/**
 * `/api/v1/project-stages/{stageId}/summary-protocol.xlsx|.docx`: the projects service renders the file (it
 * knows works and scores); the names of schools and experts it has no copy of come from the registry here,
 * the authors' names from enrollment.
 */
@ApiTags('project-stages')
@Controller('project-stages')
@AuditResource('project-stage')
@RequirePermission(PROJECTS_RPC.exportSummaryProtocol.permission)
export class SummaryProtocolController {
  constructor(
    @Inject(ServiceClient) private readonly services: ServiceClient,
    @Inject(TransferFiles) private readonly files: TransferFiles,
  ) {}

  @Get(':stageId/summary-protocol.xlsx')
  @ThrottleExpensive()
  // It names the experts and the awarded students: every download is audited, and nothing caches it.
  @ReadsPersonalData()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'Download the stage’s summary protocol as an XLSX workbook',
    description: described('a workbook (a sheet per section)'),
  })
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({
    description: 'The workbook, as an attachment',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblemResponses(400, 404)
  xlsx(
    @Param('stageId', ParseUUIDPipe) stageId: string,
    @Query() query: SummaryProtocolQuery,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    return this.download(stageId, 'xlsx', query, actor);
  }

  @Get(':stageId/summary-protocol.docx')
  @ThrottleExpensive()
  @ReadsPersonalData()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'Download the stage’s summary protocol as a Word document',
    description: described('a Word document (each section on its own pages)'),
  })
  @ApiProduces(DOCX_MEDIA_TYPE)
  @ApiOkResponse({
    description: 'The document, as an attachment',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblemResponses(400, 404)
  docx(
    @Param('stageId', ParseUUIDPipe) stageId: string,
    @Query() query: SummaryProtocolQuery,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    return this.download(stageId, 'docx', query, actor);
  }

  private async download(
    stageId: string,
    format: SummaryProtocolFormat,
    { sectionId }: SummaryProtocolQuery,
    actor: Actor,
  ): Promise<StreamableFile> {
    const [schools, experts, authorNames] = await Promise.all([
      everyPage((page) =>
        this.services.request(REGISTRY_RPC.listSchools, { page, pageSize: PAGE_SIZE }, actor),
      ),
      everyPage((page) =>
        this.services.request(REGISTRY_RPC.listPeople, { role: 'expert', page, pageSize: PAGE_SIZE }, actor),
      ),
      this.authorNames(stageId, sectionId, actor),
    ]);
    const schoolNames: DisplayName[] = schools.map((school) => ({ id: school.id, name: school.shortName }));
    const expertNames: DisplayName[] = experts.map((person) => ({
      id: person.id,
      // «Иванова А. А.», as protocols write a name.
      name: [person.surname, ...initials(person.name, person.patronymic)].join(' '),
    }));
    const file = await this.services.request(
      PROJECTS_RPC.exportSummaryProtocol,
      { stageId, format, ...(sectionId && { sectionId }), schoolNames, expertNames, authorNames },
      actor,
    );
    return this.files.send('projects', file);
  }

  /**
   * «Фамилия Имя» of the authors on the list for diplomas (the awarded works of the printed sections), read
   * one by one from enrollment as the caller: only the students printed are read, and each of them under
   * the caller's own scope.
   */
  private async authorNames(
    stageId: string,
    sectionId: string | undefined,
    actor: Actor,
  ): Promise<DisplayName[]> {
    const summary = await this.services.request(PROJECTS_RPC.getStageSummary, { stageId }, actor);
    const awarded = summary.works.filter(
      (work) => work.official.award !== null && (!sectionId || work.sectionId === sectionId),
    );
    const works = await fewAtATime(awarded, ({ workId }) =>
      this.services.request(PROJECTS_RPC.getWork, { id: workId }, actor),
    );
    const authorIds = [...new Set(works.flatMap((work) => work.authorIds))];
    const students = await fewAtATime(authorIds, (id) =>
      this.services.request(ENROLLMENT_RPC.getStudent, { id }, actor).catch(unlessUnseen),
    );
    return students
      .filter((student): student is StudentView => student !== null)
      .map((student) => ({ id: student.id, name: `${student.surname} ${student.name}` }));
  }
}
