import { Injectable } from '@nestjs/common';
import {
  REPORTING_RPC,
  SchoolAnalyticsRequest,
  TaskDifficultyRequest,
  WorkAnalyticsRequest,
} from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { RpcHandler } from '@orbita/service-host';
import { schoolScopeOfRequest } from '../shared/school-scope';
import { AnalyticsService } from './analytics.service';

@Injectable()
export class AnalyticsHandlers {
  constructor(private readonly analytics: AnalyticsService) {}

  @RpcHandler(REPORTING_RPC.getWorkAnalytics, WorkAnalyticsRequest)
  work(request: WorkAnalyticsRequest, context: RpcContext) {
    return this.analytics.workAnalytics(request, schoolScopeOfRequest(context));
  }

  @RpcHandler(REPORTING_RPC.getSchoolAnalytics, SchoolAnalyticsRequest)
  school(request: SchoolAnalyticsRequest, context: RpcContext) {
    return this.analytics.schoolAnalytics(request, schoolScopeOfRequest(context));
  }

  @RpcHandler(REPORTING_RPC.getTaskDifficulty, TaskDifficultyRequest)
  tasks(request: TaskDifficultyRequest, context: RpcContext) {
    return this.analytics.taskDifficulty(request, schoolScopeOfRequest(context));
  }
}
