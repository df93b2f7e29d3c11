import type { ProtocolUploadView, ProtocolVersionView, ProtocolView } from '@orbita/assessments/rpc';
import type { Protocol, ProtocolUpload, ProtocolVersion } from './protocol.entity';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const protocolVersionView = (version: ProtocolVersion): ProtocolVersionView => ({
  id: version.id,
  protocolId: version.protocolId,
  number: version.number,
  status: version.status,
  workVersion: version.workVersion,
  rowCount: version.rowCount,
  fileName: version.fileName,
  fileFormat: version.fileFormat,
  uploadedBy: version.uploadedBy,
  uploadedAt: version.uploadedAt.toISOString(),
  submittedBy: version.submittedBy,
  submittedAt: iso(version.submittedAt),
  reviewedBy: version.reviewedBy,
  reviewedAt: iso(version.reviewedAt),
  comment: version.comment,
  replacesVersionId: version.replacesVersionId,
});

export const protocolView = (protocol: Protocol, current: ProtocolVersion): ProtocolView => ({
  id: protocol.id,
  workId: protocol.workId,
  schoolId: protocol.schoolId,
  status: protocol.status,
  currentVersion: protocolVersionView(current),
  createdAt: protocol.createdAt.toISOString(),
  updatedAt: protocol.updatedAt.toISOString(),
});

export const uploadView = (upload: ProtocolUpload): ProtocolUploadView => ({
  id: upload.id,
  workId: upload.workId,
  schoolId: upload.schoolId,
  phase: upload.phase,
  rowsProcessed: upload.rowsProcessed,
  rowsTotal: upload.rowsTotal,
  protocolId: upload.protocolId,
  problemCount: upload.problemCount,
  startedAt: upload.startedAt.toISOString(),
  updatedAt: upload.updatedAt.toISOString(),
});
