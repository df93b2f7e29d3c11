import { defineRpc } from '@orbita/contracts';
import {
  SchoolAnalyticsRequest,
  SchoolAnalyticsView,
  TaskDifficultyRequest,
  TaskDifficultyView,
  WorkAnalyticsView,
} from './analytics';
import { CompletenessRequest, CompletenessView } from './completeness';
import { ProgrammeTableQuery, ProgrammeTableView } from './programme-table';
import { ProgressQuery, ProgressView } from './progress';
import { ProjectResultsQuery, ProjectResultsView } from './project-results';
import { WorkAnalyticsRequest } from './work';

/**
 * Request/reply operations of reporting (`<service>.<verb>.<noun>`). Every one is school-scoped: a
 * school-scoped caller gets the region's aggregates and only its own school's rows.
 */
export const REPORTING_RPC = {
  getWorkAnalytics: defineRpc({
    subject: 'reporting.get.work-analytics',
    request: WorkAnalyticsRequest,
    response: WorkAnalyticsView,
    permission: 'analytics:read',
    scope: 'school',
  }),
  getSchoolAnalytics: defineRpc({
    subject: 'reporting.get.school-analytics',
    request: SchoolAnalyticsRequest,
    response: SchoolAnalyticsView,
    permission: 'analytics:read',
    scope: 'school',
  }),
  getTaskDifficulty: defineRpc({
    subject: 'reporting.get.task-difficulty',
    request: TaskDifficultyRequest,
    response: TaskDifficultyView,
    permission: 'analytics:read',
    scope: 'school',
  }),
  getProgress: defineRpc({
    subject: 'reporting.get.progress',
    request: ProgressQuery,
    response: ProgressView,
    permission: 'analytics:read',
    scope: 'school',
  }),
  getCompleteness: defineRpc({
    subject: 'reporting.get.completeness',
    request: CompletenessRequest,
    response: CompletenessView,
    permission: 'analytics:read',
    scope: 'school',
  }),
  getProgrammeTable: defineRpc({
    subject: 'reporting.get.programme-table',
    request: ProgrammeTableQuery,
    response: ProgrammeTableView,
    permission: 'reports:read',
    scope: 'school',
  }),
  getProjectResults: defineRpc({
    subject: 'reporting.get.project-results',
    request: ProjectResultsQuery,
    response: ProjectResultsView,
    permission: 'reports:read',
    scope: 'school',
  }),
};
