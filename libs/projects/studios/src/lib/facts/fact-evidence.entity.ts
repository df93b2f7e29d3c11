import { documentView, StoredDocument } from '@orbita/projects/documents';
import type { FactEvidenceView } from '@orbita/projects/rpc';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The evidence file of a credit fact (one per fact; a new upload replaces it while the fact is pending). */
@Entity('credit_fact_evidence')
export class FactEvidence {
  @PrimaryColumn('uuid')
  factId!: string;

  @Column(() => StoredDocument, { prefix: false })
  document!: StoredDocument;
}

export const factEvidenceView = (evidence: FactEvidence): FactEvidenceView => ({
  factId: evidence.factId,
  ...documentView(evidence.document),
});
