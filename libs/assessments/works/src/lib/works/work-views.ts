import type { WorkVersionSummaryView, WorkVersionView, WorkView } from '@orbita/assessments/rpc';
import type { Work, WorkVersion } from './work.entity';

export const versionView = (version: WorkVersion): WorkVersionView => ({
  workId: version.workId,
  version: version.version,
  kind: version.kind,
  title: version.title,
  subject: version.subject,
  grades: version.grades,
  schoolYear: version.schoolYear,
  windowFrom: version.windowFrom,
  windowTo: version.windowTo,
  tasks: version.tasks,
  levels: version.levels,
  schoolIds: version.schoolIds,
  openCodes: version.openCodes,
  maxTotal: version.maxTotal,
  publishedAt: version.publishedAt.toISOString(),
  publishedBy: version.publishedBy,
  protocolCount: version.protocolCount,
});

export const workView = (work: Work, current: WorkVersion, versions: WorkVersionSummaryView[]): WorkView => ({
  id: work.id,
  ...versionView(current),
  createdAt: work.createdAt.toISOString(),
  updatedAt: work.updatedAt.toISOString(),
  versions,
});
