import type { SchoolScope } from '@orbita/auth';
import type { EvidenceView } from '@orbita/registry/rpc';
import type { RoadmapEvidence } from '../entities/roadmap-evidence.entity';

export const evidenceView = (evidence: RoadmapEvidence): EvidenceView => ({
  id: evidence.id,
  activityId: evidence.activityId,
  deliverableId: evidence.deliverableId,
  schoolId: evidence.schoolId,
  fileName: evidence.fileName,
  contentType: evidence.contentType,
  format: evidence.format,
  size: evidence.sizeBytes,
  sha256: evidence.sha256,
  uploadedBy: evidence.uploadedBy,
  uploadedAt: evidence.uploadedAt.toISOString(),
});

/** Evidence a reader may see: a school's reader only their school's. */
export const visibleTo = (schoolScope: SchoolScope) =>
  schoolScope === null ? {} : { schoolId: schoolScope };
