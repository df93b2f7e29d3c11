import type { ProgrammeView } from '@orbita/registry/rpc';
import { Column, Entity } from 'typeorm';
import { recordMetadata, VersionedRecord } from '../shared/record-columns';

/** A programme (проект) schools take part in: Sirius partner schools, Lessons of the Present, Park ENOTo. */
@Entity('programmes')
export class Programme extends VersionedRecord {
  /** Stable identity other services key on (`sirius_partner_schools`). */
  @Column('text')
  code!: string;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  shortName!: string | null;

  @Column('text', { nullable: true })
  description!: string | null;
}

export const programmeView = (programme: Programme): ProgrammeView => ({
  ...recordMetadata(programme),
  code: programme.code,
  title: programme.title,
  shortName: programme.shortName,
  description: programme.description,
});
