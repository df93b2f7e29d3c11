import { Controller, Get, Header, Inject, Query, StreamableFile } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ASSESSMENTS_RPC } from '@orbita/assessments/rpc';
import { schoolScopeOf, type Actor } from '@orbita/auth';
import { CurrentActor, RequirePermission, ThrottleExpensive } from '@orbita/gateway/auth';
import {
  ApiProblemResponses,
  attachmentDisposition,
  everyPage,
  ServiceClient,
} from '@orbita/gateway/feature-http';
import { CodedException, CommonErrorCode } from '@orbita/observability';
import {
  ROADMAP_RPC,
  REGISTRY_RPC,
  type AgreementView,
  type RoadmapActivityView,
} from '@orbita/registry/rpc';
import { ProgrammeTableQuery, REPORTING_RPC, type WorkAnalyticsView } from '@orbita/reporting/rpc';
import { Type } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { halfBounds, nextHalf, withinHalf, type Half, type HeldDiagnostic } from './half-year-report.content';
import { halfYearReportDocx } from './half-year-report.docx';

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PAGE_SIZE = 200;

export class HalfYearReportQuery extends ProgrammeTableQuery {
  @ApiProperty({ enum: [1, 2], description: '1: September–December; 2: January–August', example: 1 })
  @Type(() => Number)
  @IsIn([1, 2])
  half!: Half;

  @ApiPropertyOptional({
    format: 'date-time',
    description:
      'The as-of time the report states and its file is dated with; now by default (fix it to reproduce a report)',
    example: '2024-12-27T09:00:00.000Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string;
}

/** A work without figures yet (reporting has heard of no results) has no analytics to report. */
const unlessUnanalysed = (error: unknown): null => {
  if (error instanceof CodedException && error.status === 404) return null;
  throw error;
};

/**
 * `/api/v1/reports/half-year-status.docx`: the half-year status report, put together here from the
 * registry (programme, agreements, roadmap), reporting (programme table, registrations, work analytics,
 * project results) and assessments (the works held), each read as the caller.
 */
@ApiTags('reports')
@Controller('reports')
@RequirePermission(REPORTING_RPC.getProgrammeTable.permission)
export class HalfYearReportController {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  @Get('half-year-status.docx')
  @ThrottleExpensive()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'The half-year status report («Справка о ходе реализации проекта») as a Word document',
    description:
      'Region-level. Sections in the order of the report the regional centre issues: basis documents, the ' +
      'schools and classes table, students and teachers, registrations on Sirius.Schools, teachers trained, ' +
      'events held, agreements signed, diagnostics held, projects and studios, plans for the next half; an ' +
      'appendix lists each figure with its source. The same data and asOf give the same bytes.',
  })
  @ApiProduces(DOCX_MEDIA_TYPE)
  @ApiOkResponse({
    description: 'The document, as an attachment',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblemResponses(400, 403, 404)
  async halfYearStatus(
    @Query() query: HalfYearReportQuery,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    if (schoolScopeOf(actor) !== null)
      throw new CodedException(
        CommonErrorCode.REGION_LEVEL_ONLY,
        403,
        'The half-year status report is the region’s: school accounts may not download it',
      );
    const asOf = new Date(query.asOf ?? Date.now()).toISOString();
    const { programmeCode, schoolYear, half } = query;
    const bounds = halfBounds(schoolYear, half);
    const next = nextHalf(schoolYear, half);
    const nextBounds = halfBounds(next.schoolYear, next.half);

    const programmes = await everyPage((page) =>
      this.services.request(REGISTRY_RPC.listProgrammes, { page, pageSize: PAGE_SIZE }, actor),
    );
    const programme = programmes.find((candidate) => candidate.code === programmeCode);
    if (!programme)
      throw new CodedException(
        'REPORTS.PROGRAMME_NOT_FOUND',
        404,
        `No programme with code ${programmeCode}`,
        [{ field: 'programmeCode', message: 'no such programme in the registry' }],
      );

    const [table, agreements, activities, diagnostics, projects] = await Promise.all([
      this.services.request(REPORTING_RPC.getProgrammeTable, { programmeCode, schoolYear }, actor),
      everyPage((page) =>
        this.services.request(REGISTRY_RPC.listAgreements, { page, pageSize: PAGE_SIZE }, actor),
      ),
      this.roadmapActivities(programmeCode, [schoolYear, next.schoolYear], actor),
      this.diagnostics(schoolYear, bounds, actor),
      this.services.request(REPORTING_RPC.getProjectResults, { schoolYear }, actor),
    ]);
    const signedOn = (agreement: AgreementView) => agreement.signedOn ?? agreement.validFrom;
    const byDate = (a: AgreementView, b: AgreementView) => signedOn(a).localeCompare(signedOn(b));
    const done = activities.filter(
      (activity) => activity.status === 'done' && withinHalf(activity.windowEnd, bounds),
    );
    const activitiesDone = await Promise.all(
      done.map((activity) => this.services.request(ROADMAP_RPC.getActivity, { id: activity.id }, actor)),
    );

    const document = await halfYearReportDocx({
      asOf,
      schoolYear,
      half,
      programme,
      basisAgreements: agreements
        .filter((agreement) => agreement.programmeId === programme.id && signedOn(agreement) <= bounds.to)
        .sort(byDate),
      table,
      activitiesDone,
      activitiesPlanned: activities.filter(
        (activity) => activity.status !== 'done' && withinHalf(activity.windowEnd, nextBounds),
      ),
      agreementsSigned: agreements.filter((agreement) => withinHalf(agreement.signedOn, bounds)).sort(byDate),
      diagnostics,
      projects,
    });
    const halfName = half === 1 ? 'I' : 'II';
    return new StreamableFile(document, {
      type: DOCX_MEDIA_TYPE,
      disposition: attachmentDisposition(
        `Справка о ходе реализации ${programmeCode} ${halfName} полугодие ${schoolYear}-${schoolYear + 1}.docx`,
      ),
    });
  }

  /** The activities of the programme's roadmaps of the given school years, in the roadmap's order. */
  private async roadmapActivities(
    programmeCode: string,
    years: number[],
    actor: Actor,
  ): Promise<RoadmapActivityView[]> {
    const roadmaps = await everyPage((page) =>
      this.services.request(ROADMAP_RPC.listRoadmaps, { programmeCode, page, pageSize: PAGE_SIZE }, actor),
    );
    const activities = await Promise.all(
      roadmaps
        .filter((roadmap) => years.includes(roadmap.schoolYear))
        .map((roadmap) =>
          everyPage((page) =>
            this.services.request(
              ROADMAP_RPC.listActivities,
              { roadmapId: roadmap.id, sort: 'number', page, pageSize: PAGE_SIZE },
              actor,
            ),
          ),
        ),
    );
    return activities.flat();
  }

  /**
   * The works whose window ended in the half, each with its analytics and those of the work of the same
   * subject that ended last before it (the intermediate → final change).
   */
  private async diagnostics(
    schoolYear: number,
    bounds: { from: string; to: string },
    actor: Actor,
  ): Promise<HeldDiagnostic[]> {
    const works = (
      await everyPage((page) =>
        this.services.request(ASSESSMENTS_RPC.listWorks, { schoolYear, page, pageSize: PAGE_SIZE }, actor),
      )
    )
      .filter((work) => work.windowTo.slice(0, 10) <= bounds.to)
      .sort((a, b) => a.windowTo.localeCompare(b.windowTo) || a.title.localeCompare(b.title));
    const analysed: { subject: string; windowTo: string; analytics: WorkAnalyticsView }[] = [];
    for (const work of works) {
      const analytics = await this.services
        .request(REPORTING_RPC.getWorkAnalytics, { workId: work.id }, actor)
        .catch(unlessUnanalysed);
      if (analytics) analysed.push({ subject: work.subject, windowTo: work.windowTo, analytics });
    }
    return analysed.flatMap((work, index) => {
      if (!withinHalf(work.windowTo, bounds)) return [];
      const earlier = analysed
        .slice(0, index)
        .filter((candidate) => candidate.subject === work.subject)
        .at(-1);
      return [{ analytics: work.analytics, previous: earlier?.analytics ?? null }];
    });
  }
}
