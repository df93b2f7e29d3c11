import type { NotificationKind } from '@orbita/notifications/rpc';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A person's choice for one kind; no row means the default (e-mail on). */
@Entity({ name: 'notification_preferences' })
export class NotificationPreference {
  @PrimaryColumn('uuid')
  personId!: string;

  @PrimaryColumn('text')
  kind!: NotificationKind;

  @Column('boolean')
  emailEnabled!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
