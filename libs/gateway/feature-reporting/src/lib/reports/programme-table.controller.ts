import { Controller, Get, Header, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { MAX_PAGE_SIZE, XLSX_MEDIA_TYPE } from '@orbita/contracts';
import { CurrentActor, RequirePermission, ThrottleExpensive } from '@orbita/gateway/auth';
import { ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { REGISTRY_RPC } from '@orbita/registry/rpc';
import { ProgrammeTableQuery, ProgrammeTableView, REPORTING_RPC } from '@orbita/reporting/rpc';
import { programmeTableWorkbook } from './programme-table.xlsx';

/**
 * `/api/v1/reports`: the region's reports built from data. Written by hand for the workbook download;
 * the table itself sits beside it, as the workbook is made from it.
 */
@ApiTags('reports')
@Controller('reports')
@RequirePermission(REPORTING_RPC.getProgrammeTable.permission)
export class ReportsController {
  constructor(@Inject(ServiceClient) private readonly services: ServiceClient) {}

  @Get('programme-table')
  @ApiOperation({
    summary:
      'The programme table: per school its classes (profile subjects, delivery, students), with region totals',
  })
  @ApiOkResponse({
    type: ProgrammeTableView,
    description: 'Totals region-wide; a school-scoped caller sees only their own school’s rows',
  })
  @ApiProblemResponses(400)
  programmeTable(
    @Query() query: ProgrammeTableQuery,
    @CurrentActor() actor: Actor,
  ): Promise<ProgrammeTableView> {
    return this.services.request(REPORTING_RPC.getProgrammeTable, query, actor);
  }

  @Get('programme-table.xlsx')
  @ThrottleExpensive()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'The programme table as an XLSX workbook, laid out as in the status report' })
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({
    description: 'The workbook, as an attachment',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblemResponses(400)
  async programmeTableXlsx(
    @Query() query: ProgrammeTableQuery,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const view = await this.programmeTable(query, actor);
    return new StreamableFile(await programmeTableWorkbook(view, await this.municipalityNames(actor)), {
      type: XLSX_MEDIA_TYPE,
      disposition: `attachment; filename="programme-table-${view.programmeCode}-${view.schoolYear}.xlsx"`,
    });
  }

  /**
   * The region's municipalities by id, from the registry (reporting keeps schools' municipality ids only),
   * asked as the caller: every role that reads reports reads schools. A region has far fewer than a page.
   */
  private async municipalityNames(actor: Actor): Promise<Map<string, string>> {
    const { items } = await this.services.request(
      REGISTRY_RPC.listMunicipalities,
      { pageSize: MAX_PAGE_SIZE },
      actor,
    );
    return new Map(items.map((municipality) => [municipality.id, municipality.name]));
  }
}
