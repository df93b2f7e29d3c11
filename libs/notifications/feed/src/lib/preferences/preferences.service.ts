import { Inject, Injectable } from '@nestjs/common';
import {
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationKindFilter,
  type NotificationPreferencesView,
  type UpdateNotificationPreferencesRequest,
} from '@orbita/notifications/rpc';
import { DataSource, type EntityManager } from 'typeorm';
import { AccountWithoutPerson } from '../notifications.exceptions';

/** Per person and kind: whether it also comes by e-mail (the feed always shows it). E-mail is on by default. */
@Injectable()
export class PreferencesService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Every kind (or the one asked for) with the person's setting; an account without a person sees the defaults. */
  async get(
    personId: string | undefined,
    filter: NotificationKindFilter = {},
  ): Promise<NotificationPreferencesView> {
    const rows: { kind: NotificationKind; email_enabled: boolean }[] = personId
      ? await this.dataSource.query(
          'SELECT kind, email_enabled FROM notification_preferences WHERE person_id = $1',
          [personId],
        )
      : [];
    const chosen = new Map(rows.map((row) => [row.kind, row.email_enabled]));
    return {
      items: NOTIFICATION_KINDS.filter((kind) => !filter.kind || kind === filter.kind).map((kind) => ({
        kind,
        label: NOTIFICATION_KIND_LABELS[kind],
        email: chosen.get(kind) ?? true,
        inApp: true,
      })),
    };
  }

  async update(
    personId: string | undefined,
    request: UpdateNotificationPreferencesRequest,
  ): Promise<NotificationPreferencesView> {
    if (!personId) throw new AccountWithoutPerson();
    await this.dataSource.query(
      `INSERT INTO notification_preferences (person_id, kind, email_enabled)
       SELECT $1, kind, email FROM unnest($2::text[], $3::boolean[]) AS changes (kind, email)
       ON CONFLICT (person_id, kind) DO UPDATE SET email_enabled = EXCLUDED.email_enabled, updated_at = now()`,
      [personId, request.items.map((item) => item.kind), request.items.map((item) => item.email)],
    );
    return this.get(personId);
  }

  /** Of `personIds`, those who turned e-mail of `kind` off (inside the caller's transaction). */
  async emailOptOuts(
    manager: EntityManager,
    personIds: readonly string[],
    kind: NotificationKind,
  ): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    const rows: { person_id: string }[] = await manager.query(
      'SELECT person_id FROM notification_preferences WHERE person_id = ANY ($1::uuid[]) AND kind = $2 AND NOT email_enabled',
      [personIds, kind],
    );
    return new Set(rows.map((row) => row.person_id));
  }
}
