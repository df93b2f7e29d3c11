import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ListQuery, toBoolean } from '@orbita/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds';

const KIND = {
  enum: NOTIFICATION_KINDS,
  description: 'What the notification is about',
  example: 'protocol_submitted',
};

/** Fields `sort` accepts on the feed. */
export const NOTIFICATION_SORT_FIELDS = ['createdAt', 'id'] as const;

/** The feed, newest first; `unread=true` keeps the unread ones; `q` searches titles and texts. */
export class ListNotificationsQuery extends ListQuery {
  @ApiPropertyOptional({
    type: Boolean,
    description: '`true`: unread only; `false`: read only',
    example: true,
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;

  @ApiPropertyOptional(KIND)
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS)
  kind?: NotificationKind;
}

export class MarkNotificationReadRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

/** Narrows a request about the caller's notifications or preferences to one kind; all kinds without it. */
export class NotificationKindFilter {
  @ApiPropertyOptional({ ...KIND, description: 'Only this kind (all kinds without it)' })
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS)
  kind?: NotificationKind;
}

@ApiSchema({ name: 'Notification' })
export class NotificationView {
  @ApiProperty({ format: 'uuid', example: '0b9f6a52-51c4-4f0e-9a43-1f4e2c6d8a71' })
  id!: string;

  @ApiProperty(KIND)
  kind!: NotificationKind;

  @ApiProperty({
    description: 'One line; also the e-mail subject',
    example: 'Протокол на проверку: Математика, 7 класс — Лицей № 1',
  })
  title!: string;

  @ApiProperty({
    description: 'Plain text; lines are separated by \\n',
    example:
      'Школа отправила протокол. Протокол ждёт проверки региональным центром.\nРабота: Математика, 7 класс\nШкола: Лицей № 1\nВерсия протокола: 1\nУчастников: 112',
  })
  text!: string;

  /** A path in the web UI (`/protocols/…`). */
  @ApiProperty({
    description: 'Path of the page in the web UI',
    example: '/protocols/6a0f1c3e-2b7d-4e59-8c41-93d2f5a7b6e0',
  })
  link!: string;

  @ApiProperty({ format: 'date-time', example: '2025-03-14T06:12:30.000Z' })
  createdAt!: string;

  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'Null while unread',
    example: null,
  })
  readAt!: string | null;
}

@ApiSchema({ name: 'UnreadCount' })
export class UnreadCountView {
  @ApiProperty({ example: 3 })
  unread!: number;
}

@ApiSchema({ name: 'MarkedAllRead' })
export class MarkAllReadView {
  @ApiProperty({ description: 'Notifications that were unread and are read now', example: 3 })
  marked!: number;
}
