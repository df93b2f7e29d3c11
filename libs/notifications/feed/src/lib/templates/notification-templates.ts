import type { CreditFactOutcome, StageKind, StudioApplicationOutcome } from '@orbita/contracts';
import type { NotificationKind } from '@orbita/notifications/rpc';

/** What a notification says, per kind: the facts its Russian template needs. */
export type NotificationFacts =
  | ({ kind: 'protocol_submitted'; rowCount: number; resubmission: boolean } & ProtocolFacts)
  | ({ kind: 'protocol_accepted' } & ProtocolFacts)
  | ({ kind: 'protocol_returned'; comment: string } & ProtocolFacts)
  | {
      kind: 'analytics_updated';
      workId: string;
      workTitle?: string;
      schoolName?: string;
      participants: number;
    }
  | ({ kind: 'roadmap_due_soon'; daysLeft: number } & RoadmapFacts)
  | ({ kind: 'roadmap_overdue'; daysOverdue: number } & RoadmapFacts)
  | ({ kind: 'project_works_assigned'; workCount: number } & ProjectStageFacts)
  | ({ kind: 'project_sheets_due_soon'; daysLeft: number; outstandingSheets: number } & ProjectStageFacts)
  | { kind: 'project_works_nominated'; schoolName?: string; schoolYear: number; nominatedCount: number }
  | {
      kind: 'project_results_published';
      stageKind: StageKind;
      schoolYear: number;
      schoolName?: string;
      judgedCount: number;
      awardedCount: number;
    }
  | {
      kind: 'studio_application_decided';
      outcome: StudioApplicationOutcome;
      schoolName?: string;
    }
  | { kind: 'credit_fact_verified'; outcome: CreditFactOutcome; schoolName?: string }
  | { kind: 'platform_mismatches_found'; schoolName?: string; newMismatches: number; openMismatches: number };

interface ProjectStageFacts {
  stageKind: StageKind;
  /** ISO date: the stage's last day. */
  stageEndsOn: string;
}

interface ProtocolFacts {
  protocolId: string;
  workTitle?: string;
  schoolName?: string;
  versionNumber: number;
}

interface RoadmapFacts {
  activityId: string;
  /** ISO date. */
  deadline: string;
  missingDeliverables: number;
}

/** A notification as the feed shows it and an e-mail carries it. */
export interface RenderedNotification {
  kind: NotificationKind;
  title: string;
  /** The opening sentence(s). */
  lead: string;
  /** Labelled facts, one per line (`Работа: …`). */
  details: readonly (readonly [label: string, value: string])[];
  /** Path in the web UI. */
  link: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Path of the page where people switch e-mails of each kind on and off. */
export const PREFERENCES_PATH = '/notifications/settings';

const UNKNOWN_WORK = 'диагностическая работа';
const UNKNOWN_SCHOOL = 'школа';

/** Russian plural form for `n`: `plural(5, 'день', 'дня', 'дней')` → `дней`. */
export function plural(n: number, one: string, few: string, many: string): string {
  const lastTwo = Math.abs(n) % 100;
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

const days = (n: number) => `${n} ${plural(n, 'день', 'дня', 'дней')}`;

/** `2025-03-15` → `15.03.2025`, as Russian documents write dates. */
export function russianDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

function protocolDetails(facts: ProtocolFacts): [string, string][] {
  return [
    ['Работа', facts.workTitle ?? UNKNOWN_WORK],
    ['Школа', facts.schoolName ?? UNKNOWN_SCHOOL],
    ['Версия протокола', String(facts.versionNumber)],
  ];
}

function missingLine(count: number): [string, string] {
  return ['Не хватает документов', count > 0 ? String(count) : 'нет, все документы приложены'];
}

const STAGE_NAMES: Readonly<Record<StageKind, string>> = {
  school: 'школьный этап',
  final: 'заключительный этап',
};

/** `2025` → `2025/26`, as the season is named. */
const schoolYearName = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, '0')}`;

const works = (n: number) => `${n} ${plural(n, 'работа', 'работы', 'работ')}`;
const mismatches = (n: number) => `${n} ${plural(n, 'расхождение', 'расхождения', 'расхождений')}`;

const APPLICATION_DECISIONS: Readonly<Record<StudioApplicationOutcome, { title: string; lead: string }>> = {
  approved: {
    title: 'Заявка на студию одобрена',
    lead: 'Региональный центр одобрил заявку вашей школы: студия открыта.',
  },
  returned: {
    title: 'Заявка на студию возвращена на доработку',
    lead: 'Региональный центр вернул заявку вашей школы на студию с комментарием. Исправьте её и подайте снова.',
  },
  rejected: {
    title: 'Заявка на студию отклонена',
    lead: 'Региональный центр отклонил заявку вашей школы на студию. Причина указана в заявке.',
  },
};

const FACT_OUTCOMES: Readonly<Record<CreditFactOutcome, { title: string; lead: string }>> = {
  accepted: {
    title: 'Факт регионального зачёта принят',
    lead: 'Региональный центр проверил и принял факт, поданный студией вашей школы: баллы засчитаны.',
  },
  rejected: {
    title: 'Факт регионального зачёта отклонён',
    lead: 'Региональный центр отклонил факт, поданный студией вашей школы. Причина указана в карточке факта.',
  },
};

/** The Russian text of a notification. */
export function renderNotification(facts: NotificationFacts): RenderedNotification {
  switch (facts.kind) {
    case 'protocol_submitted':
      return {
        kind: facts.kind,
        title: `Протокол на проверку: ${facts.workTitle ?? UNKNOWN_WORK} — ${facts.schoolName ?? UNKNOWN_SCHOOL}`,
        lead: facts.resubmission
          ? 'Школа отправила исправленную версию протокола. Протокол ждёт проверки региональным центром.'
          : 'Школа отправила протокол. Протокол ждёт проверки региональным центром.',
        details: [...protocolDetails(facts), ['Участников', String(facts.rowCount)]],
        link: `/protocols/${facts.protocolId}`,
      };
    case 'protocol_accepted':
      return {
        kind: facts.kind,
        title: `Протокол принят: ${facts.workTitle ?? UNKNOWN_WORK}`,
        lead: 'Региональный центр принял протокол вашей школы.',
        details: protocolDetails(facts),
        link: `/protocols/${facts.protocolId}`,
      };
    case 'protocol_returned':
      return {
        kind: facts.kind,
        title: `Протокол возвращён на доработку: ${facts.workTitle ?? UNKNOWN_WORK}`,
        lead: 'Региональный центр вернул протокол вашей школы на доработку. Исправьте его и отправьте снова.',
        details: [...protocolDetails(facts), ['Комментарий', facts.comment]],
        link: `/protocols/${facts.protocolId}`,
      };
    case 'analytics_updated':
      return {
        kind: facts.kind,
        title: `Аналитика обновлена: ${facts.workTitle ?? UNKNOWN_WORK}`,
        lead: 'Результаты вашей школы по работе пересчитаны: откройте аналитику, чтобы увидеть их рядом с результатами региона.',
        details: [
          ['Работа', facts.workTitle ?? UNKNOWN_WORK],
          ['Школа', facts.schoolName ?? UNKNOWN_SCHOOL],
          ['Участников', String(facts.participants)],
        ],
        link: `/analytics/works/${facts.workId}`,
      };
    case 'roadmap_due_soon':
      return {
        kind: facts.kind,
        title: `Скоро срок мероприятия дорожной карты: ${russianDate(facts.deadline)}`,
        lead:
          facts.daysLeft === 0
            ? 'Срок мероприятия дорожной карты истекает сегодня.'
            : `До срока мероприятия дорожной карты ${plural(facts.daysLeft, 'остался', 'осталось', 'осталось')} ${days(facts.daysLeft)}.`,
        details: [['Срок', russianDate(facts.deadline)], missingLine(facts.missingDeliverables)],
        link: `/roadmap/activities/${facts.activityId}`,
      };
    case 'roadmap_overdue':
      return {
        kind: facts.kind,
        title: `Просрочено мероприятие дорожной карты (срок ${russianDate(facts.deadline)})`,
        lead: `Срок мероприятия дорожной карты прошёл ${days(facts.daysOverdue)} назад, а оно не отмечено выполненным.`,
        details: [['Срок', russianDate(facts.deadline)], missingLine(facts.missingDeliverables)],
        link: `/roadmap/activities/${facts.activityId}`,
      };
    case 'project_works_assigned':
      return {
        kind: facts.kind,
        title: `Вам назначены работы для оценки: ${works(facts.workCount)}`,
        lead: `Региональный центр назначил вам работы для экспертизы (${STAGE_NAMES[facts.stageKind]}). Заполните и отправьте лист оценки по каждой работе до окончания этапа.`,
        details: [
          ['Назначено работ', String(facts.workCount)],
          ['Этап', STAGE_NAMES[facts.stageKind]],
          ['Этап заканчивается', russianDate(facts.stageEndsOn)],
        ],
        link: '/expert-sheets',
      };
    case 'project_sheets_due_soon':
      return {
        kind: facts.kind,
        title: `Скоро закрытие этапа: ${russianDate(facts.stageEndsOn)}`,
        lead:
          facts.daysLeft === 0
            ? 'Этап заканчивается сегодня, а не все ваши листы оценки отправлены.'
            : `До окончания этапа ${plural(facts.daysLeft, 'остался', 'осталось', 'осталось')} ${days(facts.daysLeft)}, а не все ваши листы оценки отправлены.`,
        details: [
          ['Этап', STAGE_NAMES[facts.stageKind]],
          ['Этап заканчивается', russianDate(facts.stageEndsOn)],
          ['Не отправлено листов оценки', String(facts.outstandingSheets)],
        ],
        link: '/expert-sheets',
      };
    case 'project_works_nominated':
      return {
        kind: facts.kind,
        title:
          facts.nominatedCount > 0
            ? `На заключительный этап выдвинуто: ${works(facts.nominatedCount)}`
            : 'Работы школы не выдвинуты на заключительный этап',
        lead:
          facts.nominatedCount > 0
            ? `По итогам школьного этапа лучшие работы вашей школы выдвинуты на заключительный этап защиты проектов ${schoolYearName(facts.schoolYear)}.`
            : `По итогам школьного этапа ни одна работа вашей школы не выдвинута на заключительный этап ${schoolYearName(facts.schoolYear)}.`,
        details: [
          ['Школа', facts.schoolName ?? UNKNOWN_SCHOOL],
          ['Выдвинуто работ', String(facts.nominatedCount)],
        ],
        link: '/project-works',
      };
    case 'project_results_published':
      return {
        kind: facts.kind,
        title: `Опубликованы результаты: ${STAGE_NAMES[facts.stageKind]} ${schoolYearName(facts.schoolYear)}`,
        lead: `Региональный центр опубликовал результаты защиты проектов (${STAGE_NAMES[facts.stageKind]}). Посмотрите оценки и награды работ вашей школы.`,
        details: [
          ['Школа', facts.schoolName ?? UNKNOWN_SCHOOL],
          ['Оценено работ школы', String(facts.judgedCount)],
          ['Из них награждено', String(facts.awardedCount)],
        ],
        link: '/project-works',
      };
    case 'studio_application_decided':
      return {
        kind: facts.kind,
        title: APPLICATION_DECISIONS[facts.outcome].title,
        lead: APPLICATION_DECISIONS[facts.outcome].lead,
        details: [['Школа', facts.schoolName ?? UNKNOWN_SCHOOL]],
        link: '/studios',
      };
    case 'credit_fact_verified':
      return {
        kind: facts.kind,
        title: FACT_OUTCOMES[facts.outcome].title,
        lead: FACT_OUTCOMES[facts.outcome].lead,
        details: [['Школа', facts.schoolName ?? UNKNOWN_SCHOOL]],
        link: '/studios',
      };
    case 'platform_mismatches_found':
      return {
        kind: facts.kind,
        title: `Сверка с «Сириус.Школами»: ${mismatches(facts.newMismatches)}`,
        lead: 'Списки классов вашей школы расходятся с данными платформы «Сириус.Школы». Откройте отчёт о расхождениях и подтвердите или отклоните каждое.',
        details: [
          ['Школа', facts.schoolName ?? UNKNOWN_SCHOOL],
          ['Новых расхождений', String(facts.newMismatches)],
          ['Всего ждут решения', String(facts.openMismatches)],
        ],
        link: '/integration',
      };
  }
}

/** The feed's text: the lead, then the facts line by line. */
export function plainText(notification: RenderedNotification): string {
  return [notification.lead, ...notification.details.map(([label, value]) => `${label}: ${value}`)].join(
    '\n',
  );
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
const htmlLines = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

/** The e-mail of a notification: the feed's text plus links to the web UI (`webBaseUrl` + path). */
export function renderMail(notification: RenderedNotification, webBaseUrl: string): RenderedMail {
  const base = webBaseUrl.replace(/\/+$/, '');
  const url = `${base}${notification.link}`;
  const settingsUrl = `${base}${PREFERENCES_PATH}`;
  const footer = 'Письмо отправлено автоматически платформой «Орбита», отвечать на него не нужно.';
  const text = [
    plainText(notification),
    '',
    `Открыть в «Орбите»: ${url}`,
    '',
    '—',
    footer,
    `Письма этого вида можно отключить в настройках уведомлений: ${settingsUrl}`,
  ].join('\n');
  const details = notification.details
    .map(
      ([label, value]) =>
        `<tr><td style="padding:2px 12px 2px 0;color:#666;vertical-align:top">${escapeHtml(label)}</td><td style="padding:2px 0">${htmlLines(value)}</td></tr>`,
    )
    .join('');
  const html = [
    '<!doctype html>',
    '<html lang="ru"><head><meta charset="utf-8"></head>',
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">',
    `<h2 style="font-size:17px;margin:0 0 12px">${escapeHtml(notification.title)}</h2>`,
    `<p style="margin:0 0 12px">${htmlLines(notification.lead)}</p>`,
    `<table style="border-collapse:collapse;margin:0 0 16px">${details}</table>`,
    `<p style="margin:0 0 24px"><a href="${escapeHtml(url)}" style="color:#1a56db">Открыть в «Орбите»</a></p>`,
    `<p style="margin:0;font-size:12px;color:#777">${escapeHtml(footer)} Письма этого вида можно отключить в `,
    `<a href="${escapeHtml(settingsUrl)}" style="color:#777">настройках уведомлений</a>.</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: notification.title, text, html };
}
