import { Injectable } from '@nestjs/common';
import { withinScope, type Actor, type SchoolScope } from '@orbita/auth';
import type { TransferFileView } from '@orbita/contracts';
import { ProjectDocuments } from '@orbita/projects/documents';
import {
  ProjectsErrorCode,
  StudiosErrorCode,
  type AttachFactEvidenceCommand,
  type FactEvidenceView,
} from '@orbita/projects/rpc';
import type { EntityManager } from 'typeorm';
import { findCycle } from '../cycles/cycles.service';
import { factNotFound, rankingPublished, StudiosProblem } from '../shared/studios-errors';
import { StudiosStore } from '../shared/studios-store';
import { CreditFactRecord } from './credit-fact.entity';
import { FactEvidence, factEvidenceView } from './fact-evidence.entity';

/**
 * Credit facts' evidence files: the studio's school uploads one while the fact awaits verification; the
 * regional centre (verifying it) and the school download it. Another school's fact answers 404.
 */
@Injectable()
export class FactEvidenceService {
  constructor(
    private readonly store: StudiosStore,
    private readonly documents: ProjectDocuments,
  ) {}

  attach(command: AttachFactEvidenceCommand, actor: Actor, scope: SchoolScope): Promise<FactEvidenceView> {
    return this.documents.receive(command, actor.userId, (read) =>
      this.store.write(async (tx) => {
        const fact = await findFact(tx.manager, command.factId, scope, 'factId', true);
        const cycle = await findCycle(tx.manager, fact.cycleId, { lock: 'pessimistic_read' });
        if (cycle.rankingPublishedAt) throw rankingPublished('factId');
        // The centre judged the fact on the evidence it saw: that stays what it was.
        if (fact.status !== 'pending')
          throw new StudiosProblem(
            StudiosErrorCode.FACT_ALREADY_VERIFIED,
            409,
            'factId',
            `The fact is already ${fact.status}: its evidence no longer changes`,
          );
        const document = await read();
        const evidence = await tx.manager.save(
          tx.manager.create(FactEvidence, { factId: fact.id, document }),
        );
        return factEvidenceView(evidence);
      }),
    );
  }

  get(factId: string, scope: SchoolScope): Promise<FactEvidenceView> {
    return this.store.read(async (manager) => factEvidenceView(await findEvidence(manager, factId, scope)));
  }

  async download(factId: string, scope: SchoolScope): Promise<TransferFileView> {
    const evidence = await this.store.read((manager) => findEvidence(manager, factId, scope));
    return this.documents.offer(evidence.document);
  }
}

/** The fact if the caller's scope takes it in (another school's answers 404), locked to change it. */
async function findFact(
  manager: EntityManager,
  id: string,
  scope: SchoolScope,
  field: string,
  lock = false,
): Promise<CreditFactRecord> {
  const fact = await manager.findOne(CreditFactRecord, {
    where: { id },
    ...(lock && { lock: { mode: 'pessimistic_write' as const } }),
  });
  if (!fact || !withinScope(scope, fact.schoolId)) throw factNotFound(id, field);
  return fact;
}

async function findEvidence(
  manager: EntityManager,
  factId: string,
  scope: SchoolScope,
): Promise<FactEvidence> {
  const fact = await findFact(manager, factId, scope, 'id');
  const evidence = await manager.findOneBy(FactEvidence, { factId: fact.id });
  if (!evidence)
    throw new StudiosProblem(
      ProjectsErrorCode.DOCUMENT_NOT_FOUND,
      404,
      'id',
      'The fact has no evidence file yet',
    );
  return evidence;
}
