import type { EvidenceFormat } from '@orbita/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A file attached as evidence of a deliverable: its description. The bytes are in `evidence_files`. */
@Entity({ name: 'roadmap_evidence' })
export class RoadmapEvidence {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  activityId!: string;

  @Column('uuid')
  deliverableId!: string;

  /** The school the document is from; null for evidence of the activity as a whole. */
  @Column('uuid', { nullable: true })
  schoolId!: string | null;

  @Column('text')
  fileName!: string;

  /** As detected from the content, not as the uploader claimed. */
  @Column('text')
  format!: EvidenceFormat;

  @Column('text')
  contentType!: string;

  @Column('int')
  sizeBytes!: number;

  @Column('text')
  sha256!: string;

  /** The account that uploaded it. */
  @Column('uuid')
  uploadedBy!: string;

  @Column('timestamptz')
  uploadedAt!: Date;
}
