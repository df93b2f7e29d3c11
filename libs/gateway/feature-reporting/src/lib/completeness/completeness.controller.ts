import { Controller, Get, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { REPORTING_RPC, type CompletenessView } from '@orbita/reporting/rpc';
import { CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { EXAMPLE_WORK_ID } from '../analytics/analytics.dto';
import { Completeness } from './completeness.dto';

/** `/api/v1/completeness`: which schools have submitted a work's protocol, as a reporting-rate board. */
@ApiTags('analytics')
@Controller('completeness')
@RequirePermission('analytics:read')
export class CompletenessController {
  constructor(@Inject(ServiceClient) private readonly reporting: ServiceClient) {}

  @Get('works/:workId')
  @ApiOperation({
    summary: 'Completeness board of a work: expected, submitted, accepted, returned and missing schools',
  })
  @ApiParam({ name: 'workId', format: 'uuid', example: EXAMPLE_WORK_ID })
  @ApiOkResponse({
    type: Completeness,
    description: 'Totals region-wide; a school-scoped caller sees only their own line',
  })
  @ApiProblemResponses(400, 404)
  board(
    @Param('workId', ParseUUIDPipe) workId: string,
    @CurrentActor() actor: Actor,
  ): Promise<CompletenessView> {
    return this.reporting.request(REPORTING_RPC.getCompleteness, { workId }, actor);
  }
}
