import { EVIDENCE_FORMATS } from '@orbita/contracts';
import { RoadmapErrorCode } from '@orbita/registry/rpc';
import { CodedException } from '@orbita/observability';

export class RoadmapNotFound extends CodedException<RoadmapErrorCode> {
  constructor(id: string) {
    super(RoadmapErrorCode.ROADMAP_NOT_FOUND, 404, `Roadmap ${id} does not exist`);
  }
}

export class ActivityNotFound extends CodedException<RoadmapErrorCode> {
  constructor(id: string) {
    super(RoadmapErrorCode.ACTIVITY_NOT_FOUND, 404, `Roadmap activity ${id} does not exist`);
  }
}

export class DeliverableNotFound extends CodedException<RoadmapErrorCode> {
  constructor(deliverableId: string, activityNumber: string) {
    super(
      RoadmapErrorCode.DELIVERABLE_NOT_FOUND,
      404,
      `Activity ${activityNumber} expects no deliverable ${deliverableId}`,
    );
  }
}

export class StaleActivityVersion extends CodedException<RoadmapErrorCode> {
  constructor(expected: number, actual: number) {
    super(
      RoadmapErrorCode.STALE_VERSION,
      409,
      `The activity changed since it was read (version ${actual}, not ${expected}): read it again and retry`,
    );
  }
}

export class EvidenceNotFound extends CodedException<RoadmapErrorCode> {
  constructor(id: string) {
    super(RoadmapErrorCode.EVIDENCE_NOT_FOUND, 404, `Evidence ${id} does not exist`);
  }
}

export class EvidenceUploadMissing extends CodedException<RoadmapErrorCode> {
  constructor() {
    super(
      RoadmapErrorCode.EVIDENCE_UPLOAD_MISSING,
      400,
      'The uploaded file is no longer there (expired or already used): upload it again',
    );
  }
}

export class EvidenceEmpty extends CodedException<RoadmapErrorCode> {
  constructor(fileName: string) {
    super(RoadmapErrorCode.EVIDENCE_EMPTY, 400, `"${fileName}" is empty`);
  }
}

export class EvidenceTooLarge extends CodedException<RoadmapErrorCode> {
  constructor(fileName: string, size: number, maxBytes: number) {
    super(
      RoadmapErrorCode.EVIDENCE_TOO_LARGE,
      413,
      `"${fileName}" is ${sizeOf(size)}; evidence files may be at most ${sizeOf(maxBytes)}`,
    );
  }
}

export class EvidenceTypeNotAllowed extends CodedException<RoadmapErrorCode> {
  constructor(fileName: string) {
    super(
      RoadmapErrorCode.EVIDENCE_TYPE_NOT_ALLOWED,
      415,
      `"${fileName}" is not a document of an accepted format (judged by its content, not its name): ` +
        `accepted are ${EVIDENCE_FORMATS.join(', ')}`,
    );
  }
}

export class EvidenceUnreadable extends CodedException<RoadmapErrorCode> {
  constructor(fileName: string, reason: string) {
    // The file's name also as an extension: a client showing its own (Russian) text can still name it.
    super(
      RoadmapErrorCode.EVIDENCE_UNREADABLE,
      422,
      `"${fileName}" does not open as a document: ${reason}`,
      undefined,
      {
        extensions: { fileName },
      },
    );
  }
}

export class EvidenceNotForSchools extends CodedException<RoadmapErrorCode> {
  constructor(activityNumber: string) {
    super(
      RoadmapErrorCode.EVIDENCE_NOT_FOR_SCHOOLS,
      400,
      `Schools do not take part in activity ${activityNumber}: its evidence belongs to no school`,
    );
  }
}

export class EvidenceOutsideScope extends CodedException<RoadmapErrorCode> {
  constructor(reason: string) {
    super(RoadmapErrorCode.EVIDENCE_OUTSIDE_SCOPE, 403, reason);
  }
}

const sizeOf = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
