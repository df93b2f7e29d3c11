import { Injectable } from '@nestjs/common';
import type { Actor } from '@orbita/auth';
import { STUDENT_LINKED_V1, STUDENT_UNLINKED_V1 } from '@orbita/contracts';
import { IntegrationErrorCode, type DecideMismatchCommand } from '@orbita/integration/rpc';
import { UnitOfWork, type TransactionContext } from '@orbita/messaging';
import { CodedException, CommonErrorCode, ValidationFailedException } from '@orbita/observability';
import { randomUUID } from 'node:crypto';
import { lockSchool } from './reconciler';
import { Mismatch, PersonLink } from './reconciliation.entities';

const mismatchNotFound = (id: string) =>
  new CodedException(CommonErrorCode.NOT_FOUND, 404, `Mismatch ${id} does not exist`);

const notOpen = (message: string) => new CodedException(IntegrationErrorCode.MISMATCH_NOT_OPEN, 409, message);

/**
 * A coordinator's decision on a mismatch. Approving a link proposal links; a duplicate keeps one account
 * (linked) and records the others as merged into it; a deletion proposal ends the link (nothing of ours is
 * deleted). Approving the other kinds, or rejecting any, records the decision and nothing else.
 */
@Injectable()
export class MismatchDecisions {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** The decided mismatch; `inScope` tells whether the caller may see its school (else it does not exist). */
  decide(
    command: DecideMismatchCommand,
    actor: Actor,
    inScope: (schoolId: string) => boolean,
  ): Promise<Mismatch> {
    return this.unitOfWork.run(async (tx) => {
      const found = await tx.manager.findOneBy(Mismatch, { id: command.id });
      if (!found || !inScope(found.schoolId)) throw mismatchNotFound(command.id);
      await lockSchool(tx.manager, found.schoolId);
      const row = await tx.manager.findOneByOrFail(Mismatch, { id: command.id });
      if (row.status !== 'open') throw notOpen(`The mismatch is ${row.status}: only open ones are decided`);
      if (command.decision === 'approve') await approve(tx, row, command);
      Object.assign(row, {
        status: command.decision === 'approve' ? 'approved' : 'rejected',
        decidedAt: new Date(),
        decidedBy: actor.userId,
        comment: command.comment ?? null,
      });
      return tx.manager.save(row);
    });
  }
}

async function approve(tx: TransactionContext, row: Mismatch, command: DecideMismatchCommand): Promise<void> {
  const studentId = row.studentId;
  if (row.kind === 'link_proposed' && studentId) {
    const [externalId] = row.externalIds as [string];
    const taken = await tx.manager.existsBy(PersonLink, [
      { studentId, status: 'linked' },
      { externalId, status: 'linked' },
    ]);
    if (taken) throw notOpen('The student or the platform account was linked meanwhile: reconcile again');
    await link(tx, row.schoolId, studentId, externalId, row.confidence ?? 0);
  } else if (row.kind === 'duplicate' && studentId) {
    await merge(tx, row, studentId, command.keepExternalId);
  } else if (row.kind === 'deletion_proposed' && studentId) {
    const live = await tx.manager.findOneBy(PersonLink, {
      studentId,
      externalId: row.externalIds[0],
      status: 'linked',
    });
    if (!live) throw notOpen('The link was ended meanwhile: reconcile again');
    await endLink(tx, live);
  }
}

/** The kept account becomes (or stays) the student's link; the others are recorded as merged into it. */
async function merge(
  tx: TransactionContext,
  row: Mismatch,
  studentId: string,
  keep: string | undefined,
): Promise<void> {
  if (!keep)
    throw new ValidationFailedException([
      { field: 'keepExternalId', message: 'Name the platform account to keep (one of the duplicate’s)' },
    ]);
  if (!row.externalIds.includes(keep))
    throw new CodedException(
      IntegrationErrorCode.MISMATCH_KEEP_UNKNOWN,
      422,
      `${keep} is not one of the duplicate’s accounts`,
      [{ field: 'keepExternalId', message: `Not one of ${row.externalIds.join(', ')}` }],
    );
  const current = await tx.manager.findOneBy(PersonLink, { studentId, status: 'linked' });
  if (current && current.externalId !== keep) await endLink(tx, current);
  if (current?.externalId !== keep) await link(tx, row.schoolId, studentId, keep, row.confidence ?? 0);
  const now = new Date();
  for (const externalId of row.externalIds.filter((id) => id !== keep))
    await tx.manager.insert(PersonLink, {
      id: randomUUID(),
      schoolId: row.schoolId,
      studentId,
      externalId,
      status: 'merged',
      method: 'rules',
      confidence: row.confidence ?? 0,
      mergedInto: keep,
      createdAt: now,
      endedAt: null,
    });
  row.keptExternalId = keep;
}

async function link(
  tx: TransactionContext,
  schoolId: string,
  studentId: string,
  externalId: string,
  confidence: number,
): Promise<void> {
  const linkId = randomUUID();
  await tx.manager.insert(PersonLink, {
    id: linkId,
    schoolId,
    studentId,
    externalId,
    status: 'linked',
    method: 'rules',
    confidence,
    mergedInto: null,
    createdAt: new Date(),
    endedAt: null,
  });
  tx.publish(
    STUDENT_LINKED_V1,
    { linkId, schoolId, studentId, externalId, method: 'rules' },
    { aggregateId: studentId },
  );
}

async function endLink(tx: TransactionContext, live: PersonLink): Promise<void> {
  await tx.manager.update(PersonLink, { id: live.id }, { status: 'ended', endedAt: new Date() });
  tx.publish(
    STUDENT_UNLINKED_V1,
    { linkId: live.id, schoolId: live.schoolId, studentId: live.studentId, externalId: live.externalId },
    { aggregateId: live.studentId },
  );
}
