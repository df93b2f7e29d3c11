import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import {
  REPORTING_RPC,
  SchoolAnalyticsRequest,
  TaskDifficultyRequest,
  WorkAnalyticsRequest,
} from '@orbita/reporting/rpc';
import { RpcHandler } from '@orbita/service-host';
import { AnalyticsService } from './analytics.service';

@Injectable()
export class AnalyticsHandlers {
  constructor(private readonly analytics: AnalyticsService) {}

  @RpcHandler(REPORTING_RPC.getWorkAnalytics)
  work(request: WorkAnalyticsRequest, _actor: Actor, scope: SchoolScope) {
    return this.analytics.workAnalytics(request, scope);
  }

  @RpcHandler(REPORTING_RPC.getSchoolAnalytics)
  school(request: SchoolAnalyticsRequest, _actor: Actor, scope: SchoolScope) {
    return this.analytics.schoolAnalytics(request, scope);
  }

  @RpcHandler(REPORTING_RPC.getTaskDifficulty)
  tasks(request: TaskDifficultyRequest, _actor: Actor, scope: SchoolScope) {
    return this.analytics.taskDifficulty(request, scope);
  }
}
