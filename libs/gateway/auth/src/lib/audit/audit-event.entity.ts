import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Flat facts about an event beyond its columns (`ids`: what a list read returned). */
export type AuditDetails = Record<string, string | number | boolean | null | readonly string[]>;

/** One line of the append-only audit log (`gateway.audit_log`): who did or read what, when, from where. */
@Entity({ name: 'audit_log' })
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  actorRole!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorSchoolId!: string | null;

  /** See `AuditAction`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', nullable: true })
  resourceType!: string | null;

  @Column({ type: 'text', nullable: true })
  resourceId!: string | null;

  @Column({ type: 'text', nullable: true })
  method!: string | null;

  /** Without the query string, which may hold personal data. */
  @Column({ type: 'text', nullable: true })
  path!: string | null;

  @Column({ type: 'int', nullable: true })
  status!: number | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  correlationId!: string | null;

  /** What else identifies the event (e.g. the e-mail of a failed login). */
  @Column({ type: 'jsonb', nullable: true })
  details!: AuditDetails | null;
}
