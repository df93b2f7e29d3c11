import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import { CREDIT_FACT_VERIFIED_V1 } from '@orbita/contracts';
import {
  StudiosErrorCode,
  type CreditFactEvidenceSummaryView,
  type CreditFactView,
  type ListCreditFactsQuery,
  type SubmitCreditFactCommand,
  type VerifyCreditFactCommand,
} from '@orbita/projects/rpc';
import { validateFact } from '@orbita/projects/studio-credit';
import { randomUUID } from 'node:crypto';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { findStudio } from '../applications/applications.service';
import { findCycle } from '../cycles/cycles.service';
import {
  factNotFound,
  rankingPublished,
  reasonRequired,
  StudiosProblem,
  StudiosProblems,
} from '../shared/studios-errors';
import { StudiosStore } from '../shared/studios-store';
import { CreditFactRecord, creditFactView } from './credit-fact.entity';
import { FactEvidence } from './fact-evidence.entity';

/**
 * The regional credit's facts: a studio's school submits them against the cycle's criteria, the
 * regional centre accepts or rejects each (with a reason). Only accepted facts earn points; nothing
 * changes once the cycle's ranking is published.
 */
@Injectable()
export class FactsService {
  constructor(private readonly store: StudiosStore) {}

  submit(command: SubmitCreditFactCommand, actor: Actor, scope: SchoolScope): Promise<CreditFactView> {
    return this.store.write(async (tx) => {
      const studio = await findStudio(tx.manager, command.studioId, scope);
      const cycle = await findCycle(tx.manager, studio.cycleId, { lock: 'pessimistic_read' });
      if (cycle.rankingPublishedAt) throw rankingPublished('studioId');
      const problems = validateFact(cycle.criteria, command);
      if (problems.length > 0) throw new StudiosProblems(StudiosErrorCode.FACT_INVALID, problems);
      const fact = tx.manager.create(CreditFactRecord, {
        id: randomUUID(),
        studioId: studio.id,
        cycleId: cycle.id,
        schoolId: studio.schoolId,
        indicatorId: command.indicatorId,
        count: command.count ?? null,
        description: command.description,
        evidenceObjectName: command.evidenceObjectName ?? null,
        status: 'pending',
        rejectionReason: null,
        submittedBy: actor.userId,
        submittedAt: new Date(),
        verifiedAt: null,
      });
      // A new fact has no evidence yet: it is attached to the fact once it exists.
      return creditFactView(await tx.manager.save(fact), null);
    });
  }

  verify(command: VerifyCreditFactCommand): Promise<CreditFactView> {
    if (command.verdict === 'reject' && !command.reason) throw reasonRequired('reason');
    return this.store.write(async (tx) => {
      const fact = await tx.manager.findOne(CreditFactRecord, {
        where: { id: command.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!fact) throw factNotFound(command.id);
      const cycle = await findCycle(tx.manager, fact.cycleId, { lock: 'pessimistic_read' });
      if (cycle.rankingPublishedAt) throw rankingPublished('id');
      if (fact.status !== 'pending')
        throw new StudiosProblem(
          StudiosErrorCode.FACT_ALREADY_VERIFIED,
          409,
          'id',
          `The fact is already ${fact.status}`,
        );
      const outcome = command.verdict === 'accept' ? 'accepted' : 'rejected';
      Object.assign(fact, {
        status: outcome,
        rejectionReason: outcome === 'rejected' ? command.reason : null,
        verifiedAt: new Date(),
      });
      await tx.manager.save(fact);
      tx.publish(
        CREDIT_FACT_VERIFIED_V1,
        {
          factId: fact.id,
          studioId: fact.studioId,
          cycleId: fact.cycleId,
          schoolId: fact.schoolId,
          indicatorId: fact.indicatorId,
          outcome,
        },
        { aggregateId: fact.id },
      );
      const [view] = await factViews(factsOf(tx.manager).where({ id: fact.id }));
      return view;
    });
  }

  list(query: ListCreditFactsQuery, scope: SchoolScope): Promise<CreditFactView[]> {
    return this.store.read(async (manager) => {
      await findCycle(manager, query.cycleId);
      // Naming another school's studio answers 404, as reading it would.
      if (query.studioId) await findStudio(manager, query.studioId, scope);
      return factViews(
        factsOf(manager)
          .where({
            cycleId: query.cycleId,
            ...(scope !== null && { schoolId: scope }),
            ...(query.studioId && { studioId: query.studioId }),
            ...(query.status && { status: query.status }),
          })
          .orderBy('fact.submittedAt', 'ASC')
          .addOrderBy('fact.id', 'ASC'),
      );
    });
  }
}

/** Credit facts (alias `fact`) to narrow and read with factViews. */
const factsOf = (manager: EntityManager) => manager.createQueryBuilder(CreditFactRecord, 'fact');

interface EvidenceColumns {
  evidenceFactId: string | null;
  evidenceFileName: string;
  evidenceFormat: CreditFactEvidenceSummaryView['format'];
  evidenceSize: number;
}

/**
 * The facts with what their evidence is, in one query: a list shows every row's file without asking
 * per row, and the evidence's bytes are never read for it.
 */
async function factViews(facts: SelectQueryBuilder<CreditFactRecord>): Promise<CreditFactView[]> {
  const { entities, raw } = await facts
    .leftJoin(FactEvidence, 'evidence', 'evidence.factId = fact.id')
    .addSelect('evidence.fact_id', 'evidenceFactId')
    .addSelect('evidence.file_name', 'evidenceFileName')
    .addSelect('evidence.format', 'evidenceFormat')
    .addSelect('evidence.size_bytes', 'evidenceSize')
    .getRawAndEntities<EvidenceColumns>();
  const evidence = new Map(
    raw
      .filter((row) => row.evidenceFactId !== null)
      .map((row) => [
        row.evidenceFactId,
        { fileName: row.evidenceFileName, format: row.evidenceFormat, size: row.evidenceSize },
      ]),
  );
  return entities.map((fact) => creditFactView(fact, evidence.get(fact.id) ?? null));
}
