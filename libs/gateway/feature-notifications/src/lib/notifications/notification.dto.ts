import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Page } from '@orbita/contracts';
import {
  ListNotificationsQuery,
  NOTIFICATION_KINDS,
  NotificationKindFilter,
  type MarkAllReadView,
  type NotificationKind,
  type NotificationView,
  type UnreadCountView,
} from '@orbita/notifications/rpc';

const KIND = {
  enum: NOTIFICATION_KINDS,
  description: 'What the notification is about',
  example: 'protocol_submitted',
};

export class Notification implements NotificationView {
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

export class NotificationPage implements Page<NotificationView> {
  @ApiProperty({ type: [Notification] })
  items!: NotificationView[];

  @ApiProperty({ description: 'Notifications matching the filters, over all pages', example: 42 })
  total!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 20 })
  pageSize!: number;
}

export class NotificationListParams extends ListNotificationsQuery {
  @ApiPropertyOptional({
    type: Boolean,
    description: '`true`: unread only; `false`: read only',
    example: true,
  })
  declare unread?: boolean;

  @ApiPropertyOptional(KIND)
  declare kind?: NotificationKind;
}

export class NotificationKindParams extends NotificationKindFilter {
  @ApiPropertyOptional({ ...KIND, description: 'Only this kind (all kinds without it)' })
  declare kind?: NotificationKind;
}

export class UnreadCount implements UnreadCountView {
  @ApiProperty({ example: 3 })
  unread!: number;
}

export class MarkedAllRead implements MarkAllReadView {
  @ApiProperty({ description: 'Notifications that were unread and are read now', example: 3 })
  marked!: number;
}
