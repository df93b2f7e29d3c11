import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  ValidateNested,
} from 'class-validator';
import { NOTIFICATION_KINDS, type NotificationKind } from './kinds';

const KIND = { enum: NOTIFICATION_KINDS, example: 'protocol_returned' };

@ApiSchema({ name: 'NotificationPreferenceChangeBody' })
export class NotificationPreferenceChange {
  @ApiProperty(KIND)
  @IsIn(NOTIFICATION_KINDS)
  kind!: NotificationKind;

  @ApiProperty({ description: 'E-mail on (true) or off (false) for this kind', example: false })
  @IsBoolean()
  email!: boolean;
}

/** Kinds left out keep their setting. */
export class UpdateNotificationPreferencesRequest {
  @ApiProperty({
    type: [NotificationPreferenceChange],
    minItems: 1,
    example: [
      { kind: 'roadmap_due_soon', email: false },
      { kind: 'protocol_returned', email: true },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ArrayUnique((change: NotificationPreferenceChange) => change.kind)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceChange)
  items!: NotificationPreferenceChange[];
}

@ApiSchema({ name: 'NotificationPreference' })
export class NotificationPreferenceView {
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

@ApiSchema({ name: 'NotificationPreferences' })
export class NotificationPreferencesView {
  @ApiProperty({ type: [NotificationPreferenceView] })
  items!: NotificationPreferenceView[];
}
