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
  'project_works_assigned',
  'project_sheets_due_soon',
  'project_works_nominated',
  'project_results_published',
  'studio_application_decided',
  'credit_fact_verified',
  'platform_mismatches_found',
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
  project_works_assigned: 'Эксперту назначены работы для оценки',
  project_sheets_due_soon: 'Скоро закрытие этапа, а листы оценки не отправлены',
  project_works_nominated: 'Работы школы выдвинуты на заключительный этап',
  project_results_published: 'Опубликованы результаты этапа защиты проектов',
  studio_application_decided: 'Решение по заявке школы на студию',
  credit_fact_verified: 'Проверен факт регионального зачёта студии',
  platform_mismatches_found: 'Списки классов школы расходятся с платформой «Сириус.Школы»',
};
