import { Injectable, Logger } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import {
  ROADMAP_ACTIVITY_STATUS_CHANGED_V1,
  ROADMAP_EVIDENCE_ATTACHED_V1,
  type RoadmapActivityStatus,
  type TransferFileView,
} from '@orbita/contracts';
import type {
  AttachEvidenceCommand,
  AttachedEvidenceView,
  EvidenceView,
  ListEvidenceQuery,
} from '@orbita/registry/rpc';
import { DocumentRefused, readUploadedDocument, type AcceptedDocument } from '@orbita/document-files';
import { UnitOfWork, type TransactionContext, type TransferBucket } from '@orbita/messaging';
import { RecordNotFound } from '@orbita/registry/organisations';
import { Transfers } from '@orbita/service-host';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivityViews } from '../activities/activity-views';
import { statusAfterAttach, statusAfterRemoval, type Coverage } from '../activities/progress';
import { EvidenceFile } from '../entities/evidence-file.entity';
import { RoadmapActivity } from '../entities/roadmap-activity.entity';
import { RoadmapDeliverable } from '../entities/roadmap-deliverable.entity';
import { RoadmapEvidence } from '../entities/roadmap-evidence.entity';
import {
  ActivityNotFound,
  DeliverableNotFound,
  EvidenceEmpty,
  EvidenceNotForSchools,
  EvidenceNotFound,
  EvidenceOutsideScope,
  EvidenceTooLarge,
  EvidenceTypeNotAllowed,
  EvidenceUnreadable,
  EvidenceUploadMissing,
} from '../roadmap.exceptions';
import { RoadmapSettings } from '../roadmap-settings';
import { evidenceView, visibleTo } from './evidence-view';

/**
 * Evidence: files attached to an activity's expected documents. The bytes arrive through the transfer
 * bucket (the gateway puts them there), are checked (size, content-detected format) and kept in
 * `evidence_files`; attaching and removing move the activity's status (see progress.ts).
 */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger(EvidenceService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly views: ActivityViews,
    private readonly settings: RoadmapSettings,
    private readonly transfers: Transfers,
  ) {}

  async attach(command: AttachEvidenceCommand, actor: Actor, scope: SchoolScope): Promise<AttachedEvidenceView> {
    const bucket = await this.transfers.bucket();
    try {
      const activity = await this.dataSource.manager.findOneBy(RoadmapActivity, { id: command.activityId });
      if (!activity) throw new ActivityNotFound(command.activityId);
      const deliverable = await this.dataSource.manager.findOneBy(RoadmapDeliverable, {
        id: command.deliverableId,
        activityId: activity.id,
      });
      if (!deliverable) throw new DeliverableNotFound(command.deliverableId, activity.number);
      const schoolId = await this.schoolOf(activity, command.schoolId, scope);
      const file = await this.accept(bucket, command.objectName, command.fileName);
      return await this.unitOfWork.run(async (tx) => {
        // Locked before anything refers to it: concurrent uploads for its last documents must not both
        // see it incomplete (and the evidence row's key-share lock taken first would deadlock them).
        const locked = await this.lock(tx.manager, activity.id);
        const before = await this.completion(tx.manager, activity.id);
        const evidence = tx.manager.create(RoadmapEvidence, {
          id: randomUUID(),
          activityId: activity.id,
          deliverableId: deliverable.id,
          schoolId,
          fileName: file.fileName,
          format: file.format,
          contentType: file.contentType,
          sizeBytes: file.content.length,
          sha256: file.sha256,
          uploadedBy: actor.userId,
          uploadedAt: new Date(),
        });
        await tx.manager.insert(RoadmapEvidence, evidence);
        await tx.manager.insert(EvidenceFile, { evidenceId: evidence.id, content: file.content });
        tx.publish(
          ROADMAP_EVIDENCE_ATTACHED_V1,
          {
            evidenceId: evidence.id,
            activityId: activity.id,
            roadmapId: activity.roadmapId,
            deliverableId: deliverable.id,
            ...(schoolId && { schoolId }),
            format: evidence.format,
            size: evidence.sizeBytes,
            sha256: evidence.sha256,
            uploadedBy: actor.userId,
          },
          { aggregateId: activity.id },
        );
        const activityStatus = statusAfterAttach(
          locked.status,
          before,
          await this.completion(tx.manager, activity.id),
        );
        await this.setStatus(tx, locked, activityStatus, actor.userId);
        return { evidence: evidenceView(evidence), activityStatus };
      });
    } finally {
      // Accepted or not, the upload has been used: nothing of it stays in the bucket.
      await bucket
        .delete(command.objectName)
        .catch((error: unknown) => this.logger.warn(`Upload not removed: ${String(error)}`));
    }
  }

  async list(query: ListEvidenceQuery, scope: SchoolScope): Promise<EvidenceView[]> {
    if (!(await this.dataSource.manager.existsBy(RoadmapActivity, { id: query.activityId })))
      throw new ActivityNotFound(query.activityId);
    const evidence = await this.dataSource.manager.find(RoadmapEvidence, {
      where: {
        activityId: query.activityId,
        ...(query.deliverableId && { deliverableId: query.deliverableId }),
        ...(query.schoolId && { schoolId: query.schoolId }),
        ...visibleTo(scope),
      },
      order: { uploadedAt: 'ASC' },
    });
    return evidence.map(evidenceView);
  }

  /** Puts the file in the transfer bucket for the gateway to stream, and says where. */
  async download(id: string, scope: SchoolScope): Promise<TransferFileView> {
    const evidence = await this.visible(this.dataSource.manager, id, scope);
    const file = await this.dataSource.manager.findOneByOrFail(EvidenceFile, { evidenceId: id });
    const { name } = await (await this.transfers.bucket()).put(file.content);
    return {
      objectName: name,
      fileName: evidence.fileName,
      contentType: evidence.contentType,
      size: evidence.sizeBytes,
    };
  }

  async remove(id: string, actor: Actor, scope: SchoolScope): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const evidence = await this.visible(tx.manager, id, scope);
      const locked = await this.lock(tx.manager, evidence.activityId);
      const before = await this.completion(tx.manager, locked.id);
      await tx.manager.delete(RoadmapEvidence, { id });
      const after = await this.completion(tx.manager, locked.id);
      const evidenceLeft = await tx.manager.existsBy(RoadmapEvidence, { activityId: locked.id });
      await this.setStatus(
        tx,
        locked,
        statusAfterRemoval(locked.status, before, after, evidenceLeft),
        actor.userId,
      );
    });
  }

  private lock(manager: EntityManager, activityId: string): Promise<RoadmapActivity> {
    return manager.findOneOrFail(RoadmapActivity, {
      where: { id: activityId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Completion counts evidence of the activity as a whole; schools' evidence is tracked per school. */
  private async completion(manager: EntityManager, activityId: string): Promise<Coverage> {
    return (
      (await this.views.coverageOf([activityId], null, manager)).get(activityId) ?? { total: 0, missing: 0 }
    );
  }

  /** Stores and announces the status evidence moved the activity to, if it moved. */
  private async setStatus(
    tx: TransactionContext,
    activity: RoadmapActivity,
    status: RoadmapActivityStatus,
    changedBy: string,
  ): Promise<void> {
    if (status === activity.status) return;
    await tx.manager.update(RoadmapActivity, activity.id, { status });
    tx.publish(
      ROADMAP_ACTIVITY_STATUS_CHANGED_V1,
      {
        activityId: activity.id,
        roadmapId: activity.roadmapId,
        from: activity.status,
        to: status,
        cause: 'evidence',
        changedBy,
      },
      { aggregateId: activity.id },
    );
  }

  /** The evidence, if the caller's scope takes it in; another school's answers 404 like a missing one. */
  private async visible(manager: EntityManager, id: string, scope: SchoolScope): Promise<RoadmapEvidence> {
    const evidence = await manager.findOneBy(RoadmapEvidence, { id, ...visibleTo(scope) });
    if (!evidence) throw new EvidenceNotFound(id);
    return evidence;
  }

  /**
   * The school the evidence is from: a school account's own, always; for region-wide accounts the one
   * they name, or none (evidence of the activity as a whole). Only activities schools take part in
   * have schools' evidence.
   */
  private async schoolOf(
    activity: RoadmapActivity,
    requested: string | undefined,
    scope: SchoolScope,
  ): Promise<string | null> {
    const forSchools = activity.participantKinds.includes('schools');
    if (scope !== null) {
      // Another school answers as an unknown one: an out-of-scope caller learns nothing.
      if (requested !== undefined && requested !== scope)
        throw new RecordNotFound('school', requested, 'schoolId');
      if (!forSchools)
        throw new EvidenceOutsideScope(
          `Schools do not take part in activity ${activity.number}: its evidence is the region's`,
        );
      return scope;
    }
    if (requested === undefined) return null;
    if (!forSchools) throw new EvidenceNotForSchools(activity.number);
    const [school] = await this.dataSource.query(
      `SELECT 1 FROM organisations WHERE id = $1 AND kind = 'school'`,
      [requested],
    );
    if (!school) throw new RecordNotFound('school', requested, 'schoolId');
    return requested;
  }

  /** Reads the upload and checks it: present, not empty, not too large, an accepted format by its content. */
  private async accept(
    bucket: TransferBucket,
    objectName: string,
    originalName: string,
  ): Promise<AcceptedDocument> {
    try {
      return await readUploadedDocument(bucket, objectName, originalName, this.settings.evidenceMaxBytes);
    } catch (error) {
      if (!(error instanceof DocumentRefused)) throw error;
      switch (error.reason) {
        case 'missing':
          throw new EvidenceUploadMissing();
        case 'empty':
          throw new EvidenceEmpty(originalName);
        case 'too-large':
          throw new EvidenceTooLarge(originalName, error.size ?? 0, this.settings.evidenceMaxBytes);
        case 'unreadable':
          throw new EvidenceUnreadable(originalName, error.message);
        case 'not-accepted':
          throw new EvidenceTypeNotAllowed(originalName);
      }
    }
  }
}
