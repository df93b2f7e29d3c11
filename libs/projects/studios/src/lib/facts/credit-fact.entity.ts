import type { CreditFactEvidenceSummaryView, CreditFactStatus, CreditFactView } from '@orbita/projects/rpc';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fact a studio's school submitted towards an indicator of the cycle's regional credit. */
@Entity('credit_facts')
export class CreditFactRecord {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  studioId!: string;

  @Column('uuid')
  cycleId!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('text')
  indicatorId!: string;

  /** Units the fact stands for; null counts as one. */
  @Column('integer', { nullable: true })
  count!: number | null;

  @Column('text')
  description!: string;

  @Column('text', { nullable: true })
  evidenceObjectName!: string | null;

  @Column('text')
  status!: CreditFactStatus;

  @Column('text', { nullable: true })
  rejectionReason!: string | null;

  @Column('uuid')
  submittedBy!: string;

  @Column('timestamptz', { default: () => 'now()' })
  submittedAt!: Date;

  @Column('timestamptz', { nullable: true })
  verifiedAt!: Date | null;
}

export const creditFactView = (
  fact: CreditFactRecord,
  evidence: CreditFactEvidenceSummaryView | null,
): CreditFactView => ({
  id: fact.id,
  studioId: fact.studioId,
  cycleId: fact.cycleId,
  schoolId: fact.schoolId,
  indicatorId: fact.indicatorId,
  count: fact.count,
  description: fact.description,
  evidenceObjectName: fact.evidenceObjectName,
  evidence,
  status: fact.status,
  rejectionReason: fact.rejectionReason,
  submittedAt: fact.submittedAt.toISOString(),
  verifiedAt: fact.verifiedAt?.toISOString() ?? null,
});
