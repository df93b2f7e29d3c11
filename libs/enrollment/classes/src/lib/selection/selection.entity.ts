import type { SelectionBasis } from '@orbita/contracts';
import type { CampaignView, CandidateView } from '@orbita/enrollment/rpc';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { NUMERIC } from '../scores/scores.entity';

@Entity('selection_campaigns')
export class SelectionCampaign {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('smallint')
  grade!: number;

  @Column('smallint')
  schoolYear!: number;

  @Column('text')
  basis!: SelectionBasis;

  @Column('uuid', { nullable: true })
  workId!: string | null;

  @Column('numeric', { transformer: NUMERIC })
  threshold!: number;

  @Column('integer')
  quota!: number;

  @Column('timestamptz', { nullable: true })
  rankedAt!: Date | null;
}

@Entity('selection_candidates')
export class SelectionCandidate {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  campaignId!: string;

  @Column('uuid', { nullable: true })
  studentId!: string | null;

  @Column('text', { nullable: true })
  participantCode!: string | null;

  @Column('numeric', { transformer: NUMERIC })
  score!: number;

  @Column('numeric', { nullable: true, transformer: NUMERIC })
  extraScore!: number | null;

  @Column('integer', { nullable: true })
  rank!: number | null;

  @Column('boolean')
  eligible!: boolean;

  @Column('boolean')
  recommended!: boolean;
}

const candidateView = (candidate: SelectionCandidate): CandidateView => ({
  studentId: candidate.studentId,
  participantCode: candidate.participantCode,
  score: candidate.score,
  extraScore: candidate.extraScore,
  rank: candidate.rank,
  eligible: candidate.eligible,
  recommended: candidate.recommended,
});

/** Candidates by rank (unranked last), then by score. */
export const campaignView = (
  campaign: SelectionCampaign,
  candidates: SelectionCandidate[],
): CampaignView => ({
  id: campaign.id,
  schoolId: campaign.schoolId,
  grade: campaign.grade,
  schoolYear: campaign.schoolYear,
  basis: campaign.basis,
  workId: campaign.workId,
  threshold: campaign.threshold,
  quota: campaign.quota,
  rankedAt: campaign.rankedAt?.toISOString() ?? null,
  candidates: [...candidates]
    .sort(
      (a, b) =>
        (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
        b.score - a.score ||
        (b.extraScore ?? 0) - (a.extraScore ?? 0),
    )
    .map(candidateView),
});
