import type { WorkFileView } from '@orbita/projects/rpc';
import { documentView, StoredDocument } from '@orbita/projects/documents';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The text of a work (one file per work; a new upload replaces it). */
@Entity('work_files')
export class WorkFile {
  @PrimaryColumn('uuid')
  workId!: string;

  @Column(() => StoredDocument, { prefix: false })
  document!: StoredDocument;
}

export const workFileView = (file: WorkFile): WorkFileView => ({
  workId: file.workId,
  ...documentView(file.document),
});
