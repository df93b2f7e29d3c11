import type { StudentLinkMethod } from '@orbita/contracts';
import type { MismatchKind, MismatchStatus } from '@orbita/integration/rpc';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * `linked`: our student is the platform's person; `merged`: a duplicate account folded into `mergedInto`
 * (left out of every later reconciliation); `ended`: a link that was dropped (deletion or merge approved).
 */
export type PersonLinkStatus = 'linked' | 'merged' | 'ended';

/** Our student ↔ a platform account (ids only). */
@Entity('person_links')
export class PersonLink {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('uuid')
  studentId!: string;

  @Column('text')
  externalId!: string;

  @Column('text')
  status!: PersonLinkStatus;

  @Column('text')
  method!: StudentLinkMethod;

  @Column('numeric', { precision: 3, scale: 2, transformer: { to: (v: number) => v, from: Number } })
  confidence!: number;

  @Column('text', { nullable: true })
  mergedInto!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  endedAt!: Date | null;
}

/** What a reconciliation found at a school, keyed by its kind and the people involved (ids only). */
@Entity('mismatches')
export class Mismatch {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('text')
  kind!: MismatchKind;

  /** Our student and the platform's accounts involved: the same people found again are the same row. */
  @Column('text')
  peopleKey!: string;

  @Column('text')
  status!: MismatchStatus;

  @Column('uuid', { nullable: true })
  studentId!: string | null;

  @Column('text', { array: true })
  externalIds!: string[];

  @Column('numeric', {
    precision: 3,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  confidence!: number | null;

  @Column('text')
  reason!: string;

  @Column('timestamptz')
  detectedAt!: Date;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('uuid', { nullable: true })
  decidedBy!: string | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  /** For an approved duplicate: the account kept. */
  @Column('text', { nullable: true })
  keptExternalId!: string | null;

  @Column('timestamptz', { nullable: true })
  resolvedAt!: Date | null;
}

/** One reconciliation: after a sync run or on request, of one school or several. */
@Entity('reconciliations')
export class Reconciliation {
  @PrimaryColumn('uuid')
  id!: string;

  /** The sync run whose success started it; null when asked for. */
  @Column('uuid', { nullable: true })
  runId!: string | null;

  @Column('uuid', { nullable: true })
  requestedBy!: string | null;

  @Column('uuid', { array: true })
  schoolIds!: string[];

  @Column('int')
  newMismatches!: number;

  @Column('timestamptz')
  reconciledAt!: Date;
}
