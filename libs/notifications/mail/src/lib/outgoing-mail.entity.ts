import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const MAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * One e-mail to send: written in the transaction that decided it (the event's), sent later by the
 * MailSender. Unique per (event, recipient), so an event applied twice still makes one mail.
 */
@Entity({ name: 'outgoing_mails' })
export class OutgoingMail {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The event the mail tells about. */
  @Column('uuid')
  eventId!: string;

  /** The registry person it goes to. */
  @Column('uuid')
  recipientId!: string;

  @Column('text')
  toAddress!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  textBody!: string;

  @Column('text')
  htmlBody!: string;

  @Column('text')
  status!: MailStatus;

  /** SMTP attempts so far, outages included. */
  @Column('int')
  attempts!: number;

  /** Rejections by the SMTP server; MAIL_MAX_REJECTIONS of them and the mail is failed. */
  @Column('int')
  rejections!: number;

  @Column('timestamptz')
  nextAttemptAt!: Date;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;
}
