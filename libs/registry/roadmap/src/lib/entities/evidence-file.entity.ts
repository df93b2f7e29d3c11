import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The bytes of an evidence file, apart from its description so that lists never load them. */
@Entity({ name: 'evidence_files' })
export class EvidenceFile {
  @PrimaryColumn('uuid')
  evidenceId!: string;

  @Column('bytea')
  content!: Buffer;
}
