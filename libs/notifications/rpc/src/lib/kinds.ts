/**
 * What a notification is about. Each kind has its own Russian template and its own e-mail switch in a
 * person's preferences (the in-app feed always gets every kind).
 */
export const NOTIFICATION_KINDS = [
  'protocol_submitted',
  'protocol_accepted',
  'protocol_returned',
  'analytics_updated',
  'roadmap_due_soon',
  'roadmap_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How the preferences screen names each kind. */
export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, string>> = {
  protocol_submitted: 'Протокол отправлен школой на проверку',
  protocol_accepted: 'Протокол принят региональным центром',
  protocol_returned: 'Протокол возвращён на доработку',
  analytics_updated: 'Аналитика по работе обновлена',
  roadmap_due_soon: 'Приближается срок мероприятия дорожной карты',
  roadmap_overdue: 'Мероприятие дорожной карты просрочено',
};
