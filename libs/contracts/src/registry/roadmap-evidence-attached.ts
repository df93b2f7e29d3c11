import { IsHexadecimal, IsIn, IsInt, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { EVIDENCE_FORMATS, type EvidenceFormat } from './roadmap';

/** A document was attached as evidence of an expected deliverable. No file name: it may name people. */
export class RoadmapEvidenceAttachedV1 {
  @IsUUID()
  evidenceId!: string;

  @IsUUID()
  activityId!: string;

  @IsUUID()
  roadmapId!: string;

  @IsUUID()
  deliverableId!: string;

  /** The school the document is from; absent for evidence of the activity as a whole. */
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @IsIn(EVIDENCE_FORMATS)
  format!: EvidenceFormat;

  @IsInt()
  @Min(1)
  size!: number;

  @IsHexadecimal()
  @Length(64, 64)
  sha256!: string;

  @IsUUID()
  uploadedBy!: string;
}

export const ROADMAP_EVIDENCE_ATTACHED_V1 = defineEvent(
  'registry.roadmap-evidence.attached.v1',
  RoadmapEvidenceAttachedV1,
);
