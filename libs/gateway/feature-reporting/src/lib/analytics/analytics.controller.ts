import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import {
  REPORTING_RPC,
  type ProgressView,
  type SchoolAnalyticsView,
  type TaskDifficultyView,
  type WorkAnalyticsView,
} from '@orbita/reporting/rpc';
import { CurrentActor, RequirePermission } from '@orbita/gateway/auth';
import { ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import {
  EXAMPLE_SCHOOL_ID,
  EXAMPLE_WORK_ID,
  Progress,
  ProgressParams,
  SchoolAnalytics,
  TaskDifficulty,
  TaskDifficultyParams,
  WorkAnalytics,
} from './analytics.dto';

const WORK_ID = {
  name: 'workId',
  format: 'uuid',
  example: EXAMPLE_WORK_ID,
  description: 'The diagnostic work',
};
const SCHOOL_ID = { name: 'schoolId', format: 'uuid', example: EXAMPLE_SCHOOL_ID };

/**
 * `/api/v1/analytics`: figures of diagnostic works from the reporting service's read models. Every role
 * reads them; school-scoped roles see the region's aggregates and their own school, never another's
 * rows (another school answers 404).
 */
@ApiTags('analytics')
@Controller('analytics')
@RequirePermission('analytics:read')
export class AnalyticsController {
  constructor(@Inject(ServiceClient) private readonly reporting: ServiceClient) {}

  @Get('works/:workId')
  @ApiOperation({ summary: 'Figures of a work for the region, with a summary row per school' })
  @ApiParam(WORK_ID)
  @ApiOkResponse({
    type: WorkAnalytics,
    description: 'Region figures and per-school rows (a school-scoped caller: their own row)',
  })
  @ApiProblemResponses(400, 404)
  work(
    @Param('workId', ParseUUIDPipe) workId: string,
    @CurrentActor() actor: Actor,
  ): Promise<WorkAnalyticsView> {
    return this.reporting.request(REPORTING_RPC.getWorkAnalytics, { workId }, actor);
  }

  @Get('works/:workId/schools/:schoolId')
  @ApiOperation({
    summary: 'Figures of one school for a work: the school, its classes, and the school against the region',
  })
  @ApiParam(WORK_ID)
  @ApiParam(SCHOOL_ID)
  @ApiOkResponse({ type: SchoolAnalytics })
  @ApiProblemResponses(400, 404)
  school(
    @Param('workId', ParseUUIDPipe) workId: string,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
    @CurrentActor() actor: Actor,
  ): Promise<SchoolAnalyticsView> {
    return this.reporting.request(REPORTING_RPC.getSchoolAnalytics, { workId, schoolId }, actor);
  }

  @Get('works/:workId/tasks')
  @ApiOperation({ summary: 'Tasks of a work from the hardest to the easiest (solved share in the region)' })
  @ApiParam(WORK_ID)
  @ApiOkResponse({ type: TaskDifficulty })
  @ApiProblemResponses(400, 404)
  tasks(
    @Param('workId', ParseUUIDPipe) workId: string,
    @Query() query: TaskDifficultyParams,
    @CurrentActor() actor: Actor,
  ): Promise<TaskDifficultyView> {
    return this.reporting.request(REPORTING_RPC.getTaskDifficulty, { ...query, workId }, actor);
  }

  @Get('progress')
  @ApiOperation({
    summary: 'Intermediate → final change of a subject, grade and school year, by school and for the region',
  })
  @ApiOkResponse({ type: Progress })
  @ApiProblemResponses(400, 404)
  progress(@Query() query: ProgressParams, @CurrentActor() actor: Actor): Promise<ProgressView> {
    return this.reporting.request(REPORTING_RPC.getProgress, query, actor);
  }
}
