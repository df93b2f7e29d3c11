import { ApiProperty } from '@nestjs/swagger';
import {
  NOTIFICATION_KINDS,
  NotificationPreferenceChange,
  UpdateNotificationPreferencesRequest,
  type NotificationKind,
  type NotificationPreferenceView,
  type NotificationPreferencesView,
} from '@orbita/notifications/rpc';

const KIND = { enum: NOTIFICATION_KINDS, example: 'protocol_returned' };

export class NotificationPreference implements NotificationPreferenceView {
  @ApiProperty(KIND)
  kind!: NotificationKind;

  @ApiProperty({
    description: 'How the settings screen names the kind',
    example: 'Протокол возвращён на доработку',
  })
  label!: string;

  @ApiProperty({
    description: 'Whether notifications of this kind also come by e-mail (on by default)',
    example: true,
  })
  email!: boolean;

  @ApiProperty({ enum: [true], description: 'The in-app feed always shows every kind', example: true })
  inApp!: true;
}

export class NotificationPreferences implements NotificationPreferencesView {
  @ApiProperty({ type: [NotificationPreference] })
  items!: NotificationPreferenceView[];
}

export class NotificationPreferenceChangeBody extends NotificationPreferenceChange {
  @ApiProperty(KIND)
  declare kind: NotificationKind;

  @ApiProperty({ description: 'E-mail on (true) or off (false) for this kind', example: false })
  declare email: boolean;
}

/** Kinds left out keep their setting. */
export class UpdateNotificationPreferences extends UpdateNotificationPreferencesRequest {
  @ApiProperty({
    type: [NotificationPreferenceChangeBody],
    minItems: 1,
    example: [
      { kind: 'roadmap_due_soon', email: false },
      { kind: 'protocol_returned', email: true },
    ],
  })
  declare items: NotificationPreferenceChangeBody[];
}
