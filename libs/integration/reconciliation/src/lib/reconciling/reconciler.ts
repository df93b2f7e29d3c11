import { Inject, Injectable } from '@nestjs/common';
import { MISMATCHES_FOUND_V1, STUDENT_LINKED_V1 } from '@orbita/contracts';
import type { SyncRosterView } from '@orbita/enrollment/rpc';
import type { ReconciliationStartedView } from '@orbita/integration/rpc';
import type { TransactionContext } from '@orbita/messaging';
import { randomUUID } from 'node:crypto';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { School } from '../directory/school.entity';
import { matchSchool, peopleKey, type FoundMismatch } from '../matching/matching';
import { STUDENT_ROSTER, type StudentRoster } from '../student-roster';
import { platformStudents } from './platform-students';
import { Mismatch, PersonLink, Reconciliation } from './reconciliation.entities';

/** A school mapped to the platform, with its roster as enrollment answered it. */
export interface SchoolRoster {
  school: School & { siriusId: string };
  roster: SyncRosterView;
}

export interface ReconciliationOrigin {
  /** The sync run whose success started it; null when asked for. */
  runId: string | null;
  requestedBy: string | null;
}

/** The schools reconciled with the platform: active ones with a Sirius id (one of them, when named). */
export function mappedSchools(
  manager: EntityManager,
  schoolId?: string,
): Promise<Array<School & { siriusId: string }>> {
  return manager.find(School, {
    where: { active: true, siriusId: Not(IsNull()), ...(schoolId ? { id: schoolId } : {}) },
    order: { shortName: 'ASC' },
  }) as Promise<Array<School & { siriusId: string }>>;
}

/** Serialises what changes a school's links and mismatches (reconciliations and decisions, across replicas). */
export async function lockSchool(manager: EntityManager, schoolId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`integration.reconcile:${schoolId}`]);
}

/**
 * Reconciles schools' class lists with the platform's records as stored: links what matches, keeps one row per
 * mismatch found (the same people found again are the same row; decided ones stay decided; open ones no
 * longer found become `resolved`) and, per school with new ones, publishes `integration.mismatches.found.v1`.
 */
@Injectable()
export class Reconciler {
  constructor(@Inject(STUDENT_ROSTER) private readonly students: StudentRoster) {}

  /** Our side of each school, read before the reconciliation's transaction (enrollment owns it). */
  async rostersOf(
    schools: ReadonlyArray<School & { siriusId: string }>,
    onEach: () => void = () => undefined,
  ): Promise<SchoolRoster[]> {
    const rosters: SchoolRoster[] = [];
    for (const school of schools) {
      rosters.push({ school, roster: await this.students.roster(school.id) });
      onEach();
    }
    return rosters;
  }

  async apply(
    tx: TransactionContext,
    rosters: readonly SchoolRoster[],
    origin: ReconciliationOrigin,
  ): Promise<ReconciliationStartedView> {
    const reconciliationId = randomUUID();
    const now = new Date();
    let newMismatches = 0;
    for (const { school, roster } of rosters)
      newMismatches += await this.reconcileSchool(tx, school, roster, reconciliationId, now);
    await tx.manager.insert(Reconciliation, {
      id: reconciliationId,
      runId: origin.runId,
      requestedBy: origin.requestedBy,
      schoolIds: rosters.map(({ school }) => school.id),
      newMismatches,
      reconciledAt: now,
    });
    return { reconciliationId, schools: rosters.length, newMismatches };
  }

  /** Returns how many mismatches are new at the school. */
  private async reconcileSchool(
    { manager, publish }: TransactionContext,
    school: School & { siriusId: string },
    roster: SyncRosterView,
    reconciliationId: string,
    now: Date,
  ): Promise<number> {
    await lockSchool(manager, school.id);
    const studentIds = roster.students.map((student) => student.studentId);
    const platform = await platformStudents(manager, school.siriusId, { reconciling: school.id });
    const knownLinks = await manager.find(PersonLink, {
      where: [
        { schoolId: school.id, status: In(['linked', 'ended']) },
        { studentId: In(studentIds), status: In(['linked', 'ended']) },
      ],
    });
    const existing = await manager.findBy(Mismatch, { schoolId: school.id });
    const { newLinks, mismatches } = matchSchool({
      platform,
      students: roster.students,
      links: knownLinks.filter((link) => link.status === 'linked'),
      endedLinks: knownLinks.filter((link) => link.status === 'ended'),
      rejectedProposals: new Set(
        existing
          .filter((row) => row.kind === 'link_proposed' && row.status === 'rejected')
          .map((row) => row.peopleKey),
      ),
    });

    for (const link of newLinks) {
      const linkId = randomUUID();
      await manager.insert(PersonLink, {
        id: linkId,
        schoolId: school.id,
        ...link,
        status: 'linked',
        mergedInto: null,
        createdAt: now,
        endedAt: null,
      });
      publish(
        STUDENT_LINKED_V1,
        {
          linkId,
          schoolId: school.id,
          studentId: link.studentId,
          externalId: link.externalId,
          method: link.method,
        },
        { aggregateId: link.studentId },
      );
    }

    const rowOf = new Map(existing.map((row) => [`${row.kind}|${row.peopleKey}`, row]));
    const found = new Set<string>();
    let created = 0;
    for (const mismatch of mismatches) {
      const key = peopleKey(mismatch.studentId, mismatch.externalIds);
      found.add(`${mismatch.kind}|${key}`);
      const row = rowOf.get(`${mismatch.kind}|${key}`);
      if (!row) {
        await manager.insert(Mismatch, newMismatch(school.id, key, mismatch, now));
        created += 1;
      } else if (row.status === 'resolved') {
        await manager.update(
          Mismatch,
          { id: row.id },
          { ...described(mismatch), status: 'open', detectedAt: now, resolvedAt: null },
        );
        created += 1;
      } else if (
        row.status === 'open' &&
        (row.confidence !== mismatch.confidence || row.reason !== mismatch.reason)
      ) {
        await manager.update(Mismatch, { id: row.id }, described(mismatch));
      }
    }
    const gone = existing.filter(
      (row) => row.status === 'open' && !found.has(`${row.kind}|${row.peopleKey}`),
    );
    if (gone.length)
      await manager.update(
        Mismatch,
        { id: In(gone.map((row) => row.id)) },
        { status: 'resolved', resolvedAt: now },
      );

    if (created > 0)
      publish(
        MISMATCHES_FOUND_V1,
        {
          schoolId: school.id,
          reconciliationId,
          newMismatches: created,
          openMismatches: await manager.countBy(Mismatch, { schoolId: school.id, status: 'open' }),
        },
        { aggregateId: school.id },
      );
    return created;
  }
}

const described = ({ confidence, reason }: FoundMismatch) => ({ confidence, reason });

function newMismatch(schoolId: string, key: string, mismatch: FoundMismatch, now: Date): Mismatch {
  return {
    id: randomUUID(),
    schoolId,
    kind: mismatch.kind,
    peopleKey: key,
    status: 'open',
    studentId: mismatch.studentId,
    externalIds: mismatch.externalIds,
    confidence: mismatch.confidence,
    reason: mismatch.reason,
    detectedAt: now,
    decidedAt: null,
    decidedBy: null,
    comment: null,
    keptExternalId: null,
    resolvedAt: null,
  };
}
