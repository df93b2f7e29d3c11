import type { NotificationKind, NotificationView } from '@orbita/notifications/rpc';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One item of a person's in-app feed; one per (event, person). */
@Entity({ name: 'notifications' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  personId!: string;

  @Column('text')
  kind!: NotificationKind;

  @Column('text')
  title!: string;

  @Column('text')
  text!: string;

  @Column('text')
  link!: string;

  @Column('uuid')
  eventId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;
}

export const notificationView = (notification: Notification): NotificationView => ({
  id: notification.id,
  kind: notification.kind,
  title: notification.title,
  text: notification.text,
  link: notification.link,
  createdAt: notification.createdAt.toISOString(),
  readAt: notification.readAt?.toISOString() ?? null,
});
