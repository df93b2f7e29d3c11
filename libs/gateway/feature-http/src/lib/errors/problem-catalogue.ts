import { CommonErrorCode } from '@orbita/observability';
import { STATUS_CODES } from 'node:http';

/** Languages of a problem's `title` and `detail`: Russian unless the client prefers English. */
export type ProblemLanguage = 'ru' | 'en';

/** What a detail may mention besides the error itself. */
export interface ProblemFacts {
  readonly fields: readonly string[];
  readonly method?: string;
  readonly path?: string;
  readonly allow?: readonly string[];
}

interface Texts {
  readonly title: string;
  /** Absent: the English message of the error is the detail. */
  readonly detail?: string | ((facts: ProblemFacts) => string);
}

const ENGLISH_TITLES: Record<string, string> = {
  [CommonErrorCode.VALIDATION_FAILED]: 'Invalid request',
  [CommonErrorCode.REQUEST_INVALID]: 'Invalid request',
  [CommonErrorCode.REQUEST_MALFORMED]: 'Malformed request',
  [CommonErrorCode.REQUEST_TOO_LARGE]: 'Request too large',
  [CommonErrorCode.URI_TOO_LONG]: 'URI too long',
  [CommonErrorCode.HEADERS_TOO_LARGE]: 'Request headers too large',
  [CommonErrorCode.UNSUPPORTED_MEDIA_TYPE]: 'Unsupported media type',
  [CommonErrorCode.RATE_LIMITED]: 'Too many requests',
  [CommonErrorCode.ROUTE_NOT_FOUND]: 'No such route',
  [CommonErrorCode.METHOD_NOT_ALLOWED]: 'Method not allowed',
  [CommonErrorCode.NOT_FOUND]: 'Not found',
  [CommonErrorCode.CONFLICT]: 'Conflict',
  [CommonErrorCode.UNAUTHENTICATED]: 'Authentication required',
  [CommonErrorCode.FORBIDDEN]: 'Forbidden',
  [CommonErrorCode.REGION_LEVEL_ONLY]: 'Region-wide roles only',
  [CommonErrorCode.SERVICE_UNAVAILABLE]: 'Service unavailable',
  [CommonErrorCode.TIMEOUT]: 'Service timed out',
  [CommonErrorCode.INTERNAL]: 'Internal error',
};

const fieldList = ({ fields }: ProblemFacts) =>
  fields.length > 0 ? `Проверьте поля: ${fields.join(', ')}.` : 'Запрос заполнен неверно.';

/** Russian texts by exact code: the codes every service shares and the gateway's own. */
const RUSSIAN_BY_CODE: Record<string, Texts> = {
  [CommonErrorCode.VALIDATION_FAILED]: { title: 'Неверные данные', detail: fieldList },
  [CommonErrorCode.REQUEST_INVALID]: { title: 'Неверный запрос', detail: 'Запрос составлен неверно.' },
  [CommonErrorCode.REQUEST_MALFORMED]: {
    title: 'Запрос не читается',
    detail: 'Тело запроса не удалось разобрать: проверьте JSON, его длину и вложенность.',
  },
  [CommonErrorCode.REQUEST_TOO_LARGE]: {
    title: 'Слишком большой запрос',
    detail: 'Запрос или файл больше допустимого размера.',
  },
  [CommonErrorCode.URI_TOO_LONG]: {
    title: 'Слишком длинный адрес',
    detail: 'Адрес запроса слишком длинный.',
  },
  [CommonErrorCode.HEADERS_TOO_LARGE]: {
    title: 'Слишком большие заголовки',
    detail: 'Заголовки или адрес запроса слишком длинные.',
  },
  [CommonErrorCode.UNSUPPORTED_MEDIA_TYPE]: {
    title: 'Неподдерживаемый тип содержимого',
    detail: 'Этот тип содержимого здесь не принимается.',
  },
  [CommonErrorCode.RATE_LIMITED]: {
    title: 'Слишком много запросов',
    detail: 'Слишком много запросов подряд. Подождите немного и повторите.',
  },
  [CommonErrorCode.ROUTE_NOT_FOUND]: {
    title: 'Нет такого адреса',
    detail: ({ method, path }) =>
      `Нет адреса ${method ?? ''} ${path ?? ''}`.replace(/\s+/g, ' ').trim() + '.',
  },
  [CommonErrorCode.METHOD_NOT_ALLOWED]: {
    title: 'Метод не поддерживается',
    detail: ({ method, allow = [] }) =>
      `Метод ${method ?? ''} здесь не поддерживается; допустимы: ${allow.join(', ')}.`,
  },
  [CommonErrorCode.NOT_FOUND]: { title: 'Не найдено', detail: 'Запись не найдена или недоступна.' },
  [CommonErrorCode.CONFLICT]: {
    title: 'Конфликт',
    detail: 'Запись уже есть или изменилась. Обновите данные и повторите.',
  },
  [CommonErrorCode.UNAUTHENTICATED]: {
    title: 'Требуется вход',
    detail: 'Вход не выполнен или сеанс закончился: войдите снова с верными e-mail и паролем.',
  },
  [CommonErrorCode.FORBIDDEN]: { title: 'Нет доступа', detail: 'У вашей роли нет права на это действие.' },
  [CommonErrorCode.REGION_LEVEL_ONLY]: {
    title: 'Только для региона',
    detail: 'Это действие доступно только региональным ролям, не школьным.',
  },
  [CommonErrorCode.SERVICE_UNAVAILABLE]: {
    title: 'Сервис недоступен',
    detail: 'Сервис временно недоступен. Повторите попытку через минуту.',
  },
  [CommonErrorCode.TIMEOUT]: {
    title: 'Сервис не ответил вовремя',
    detail: 'Сервис не ответил вовремя. Повторите попытку через минуту.',
  },
  [CommonErrorCode.INTERNAL]: {
    title: 'Внутренняя ошибка',
    detail: 'Непредвиденная ошибка. Сообщая о ней, укажите идентификатор запроса (correlationId).',
  },
  'AUTH.WRONG_PASSWORD': { title: 'Неверный пароль', detail: 'Текущий пароль указан неверно.' },
  'ACCOUNTS.EMAIL_TAKEN': { title: 'Адрес занят', detail: 'Учётная запись с таким адресом уже есть.' },
  'ACCOUNTS.PERSON_TAKEN': {
    title: 'Учётная запись уже есть',
    detail: 'У этого человека уже есть учётная запись.',
  },
  'ACCOUNTS.SELF_DEACTIVATION': {
    title: 'Нельзя отключить себя',
    detail: 'Свою учётную запись отключить нельзя.',
  },
  'ASSESSMENTS.PROTOCOL_INVALID': {
    title: 'Протокол не принят',
    detail:
      'В протоколе есть ошибки в строках; ничего не сохранено. Исправьте строки из списка и загрузите снова.',
  },
  'ENROLLMENT.CLASS_LIST_INVALID': {
    title: 'Список класса не принят',
    detail: 'В списке есть ошибки; ничего не сохранено. Исправьте строки из списка и загрузите снова.',
  },
  'REPORTS.PROGRAMME_NOT_FOUND': { title: 'Проект не найден', detail: 'В реестре нет проекта с таким кодом.' },
  'REPORTING.PROGRESS_NOT_AVAILABLE': {
    title: 'Нет данных о динамике',
    detail: 'Для этого предмета и класса нет пары работ (промежуточной и итоговой) с результатами.',
  },
  'ENROLLMENT.UNKNOWN_SUBJECT': {
    title: 'Неизвестный предмет',
    detail: 'Такого профильного предмета нет в справочнике.',
  },
  'ENROLLMENT.CLASS_HAS_STUDENTS': {
    title: 'В классе есть ученики',
    detail: 'Пока в классе есть ученики, это изменение недоступно.',
  },
  'ENROLLMENT.NOT_ENROLLED': {
    title: 'Ученик не зачислен',
    detail: 'В этом учебном году ученик не состоит ни в одном классе Проекта.',
  },
  'ENROLLMENT.SCHOOL_MISMATCH': {
    title: 'Разные школы',
    detail: 'Приказ, класс и ученик должны относиться к одной школе.',
  },
  'ENROLLMENT.NOT_RECOMMENDED': {
    title: 'Нет рекомендации',
    detail: 'Сначала ранжируйте кандидатов отбора.',
  },
  'ENROLLMENT.CAMPAIGN_MISMATCH': {
    title: 'Класс не подходит',
    detail: 'Класс должен быть той же школы, параллели и учебного года, что и отбор.',
  },
  'ENROLLMENT.NO_SCORE': {
    title: 'Нет балла',
    detail: 'Для отбора по ОГЭ у каждого кандидата нужен балл ОГЭ.',
  },
  'ENROLLMENT.BASIS_INVALID': { title: 'Неверное основание зачисления', detail: fieldList },
  'ENROLLMENT.UNKNOWN_WORK': { title: 'Неизвестная работа', detail: 'Такой диагностической работы нет.' },
  'ENROLLMENT.PARTICIPANT_CODE_NOT_ISSUED': {
    title: 'Код не выдан школе',
    detail: 'Это не код участника, выданный школе ученика для этой работы.',
  },
  'ENROLLMENT.WORK_NOT_FOR_GRADE': {
    title: 'Работа другой параллели',
    detail: 'Работа не для того класса, в котором учился ученик в тот год.',
  },
  'NOTIFICATIONS.ACCOUNT_WITHOUT_PERSON': {
    title: 'Учётная запись без человека',
    detail: 'Учётная запись не связана с человеком из реестра, поэтому уведомлений у неё нет.',
  },
  'ASSESSMENTS.SCHOOL_NOT_EXPECTED': {
    title: 'Школа не участвует',
    detail: 'Эта школа не указана в работе.',
  },
  'PROJECTS.OUTSIDE_SCHOOL': {
    title: 'Человек другой школы',
    detail: 'Авторы, руководитель и консультант работы должны быть из школы, которая её регистрирует.',
  },
  'PROJECTS.EXPERT_CONFLICTED': {
    title: 'Конфликт интересов',
    detail:
      'Эксперт связан с этой работой (своя школа, партнёр, руководство или заявленный конфликт) и не может её оценивать.',
  },
  'PROJECTS.EXPERT_OUTSIDE_SECTION': {
    title: 'Эксперт другой секции',
    detail: 'Эксперт не входит в секцию этой работы.',
  },
  'PROJECTS.NOT_ASSIGNED': {
    title: 'Эксперт не назначен',
    detail: 'Эксперт не назначен на эту работу на этом этапе.',
  },
  'PROJECTS.RUBRIC_FROZEN': {
    title: 'Лист оценки закреплён',
    detail: 'На этапе уже есть отправленные листы экспертной оценки: критерии этапа больше не меняются.',
  },
  'PROJECTS.SHEETS_OUTSTANDING': {
    title: 'Не все листы отправлены',
    detail: 'Этап можно закрыть, когда все назначенные эксперты отправят листы оценки.',
  },
  'PROJECTS.SHEET_INCOMPLETE': {
    title: 'Лист не заполнен',
    detail: 'Оцените все критерии листа, прежде чем отправить его.',
  },
  'PROJECTS.SHEET_SUBMITTED': {
    title: 'Лист уже отправлен',
    detail: 'Эксперт уже отправил лист оценки: чтобы снять его с работы, сначала верните лист на доработку.',
  },
  'PROJECTS.STAGE_CLOSED': { title: 'Этап закрыт', detail: 'Этап уже закрыт: изменения недоступны.' },
  'PROJECTS.STAGE_OPEN': { title: 'Этап ещё идёт', detail: 'Сначала закройте этап.' },
  'PROJECTS.RESULTS_PUBLISHED': {
    title: 'Итоги уже опубликованы',
    detail: 'Итоги этого этапа уже опубликованы.',
  },
  'PROJECTS.NOMINATION_INVALID': {
    title: 'Выдвижение не принято',
    detail:
      'На заключительный этап выдвигаются работы своей школы, оценённые на школьном этапе, не больше квоты этапа.',
  },
  'PROJECTS.STUDIO_APPLICATIONS_CLOSED': {
    title: 'Приём заявок закрыт',
    detail: 'Заявки на открытие студий принимаются только в сроки приёма этого цикла.',
  },
  'PROJECTS.STUDIO_RANKING_PUBLISHED': {
    title: 'Рейтинг опубликован',
    detail: 'Рейтинг студий цикла уже опубликован: критерии и факты больше не меняются.',
  },
  'PROJECTS.DOCUMENT_TYPE_NOT_ALLOWED': {
    title: 'Недопустимый тип файла',
    detail: 'Принимаются PDF, DOCX, DOC, ODT, XLSX, XLS, JPEG и PNG; тип определяется по содержимому файла.',
  },
  'PROJECTS.DOCUMENT_UNREADABLE': {
    title: 'Файл не открывается',
    detail: 'Файл похож на документ допустимого типа, но не открывается: сохраните его заново и загрузите снова.',
  },
  'PROJECTS.DOCUMENT_NOT_FOUND': { title: 'Файла нет', detail: 'Файл ещё не загружен.' },
  'PROJECTS.ASSIGNMENT_IMPORT_INVALID': {
    title: 'Назначения не приняты',
    detail: 'В файле назначений есть ошибки; ничего не сохранено. Исправьте строки из списка и загрузите снова.',
  },
  'INTEGRATION.SOURCE_NOT_CONFIGURED': {
    title: 'Платформа не подключена',
    detail: 'Сервис интеграции не настроен на платформу «Сириус.Школы»: синхронизировать не с чем.',
  },
  'INTEGRATION.RUN_IN_PROGRESS': {
    title: 'Синхронизация уже идёт',
    detail: 'Дождитесь окончания текущей синхронизации с «Сириус.Школы».',
  },
  'INTEGRATION.ONEROSTER_EXPORT_DISABLED': {
    title: 'Выгрузка отключена',
    detail:
      'Выгрузка классов в формате OneRoster для «Сириус.Школы» отключена настройкой шлюза ONEROSTER_EXPORT_ENABLED.',
  },
  'INTEGRATION.RUN_PARKED': {
    title: 'Синхронизация ждёт решения',
    detail:
      'Предыдущий запуск приостановлен защитой от массового удаления: примените или отклоните его, прежде чем запускать новый.',
  },
  'INTEGRATION.RUN_NOT_FOUND': {
    title: 'Запуск не найден',
    detail: 'Запуска синхронизации с таким идентификатором нет.',
  },
  'INTEGRATION.RUN_NOT_PARKED': {
    title: 'Синхронизация не ждёт решения',
    detail:
      'Применить или отклонить можно только приостановленную синхронизацию (отказаться — и от прерванной).',
  },
  'INTEGRATION.MISMATCH_NOT_OPEN': {
    title: 'Расхождение уже решено',
    detail: 'По этому расхождению уже есть решение, или решение такого рода к нему неприменимо.',
  },
  'INTEGRATION.MISMATCH_KEEP_UNKNOWN': {
    title: 'Не та учётная запись',
    detail: 'Оставить можно только одну из учётных записей платформы, найденных в этом дубликате.',
  },
  // The gateway's list exports (LIST_EXPORT_ROW_CAP of gateway/resources; the problem's `rowCap` says it too).
  'EXPORT.TOO_LARGE': {
    title: 'Слишком длинный список',
    detail: 'В выгрузку XLSX входит не больше 10 000 строк: сузьте фильтры списка.',
  },
  'REGISTRY.EVIDENCE_NOT_FOR_SCHOOLS': {
    title: 'Мероприятие не для школ',
    detail: 'Школы не участвуют в этом мероприятии: его подтверждения не относятся ни к одной школе.',
  },
};

/** Russian texts by the reason of a service's code (`<SERVICE>.<REASON>`), for codes not named above. */
const RUSSIAN_BY_REASON: readonly (readonly [RegExp, Texts])[] = [
  [/_NOT_FOUND$|^NOT_FOUND$/, { title: 'Не найдено', detail: 'Запись не найдена или недоступна.' }],
  [/^DUPLICATE_|_TAKEN$|^ALREADY_/, { title: 'Уже существует', detail: 'Такая запись уже есть.' }],
  [
    /^STALE_/,
    { title: 'Запись изменилась', detail: 'Запись изменил кто-то другой. Обновите страницу и повторите.' },
  ],
  [
    /TRANSITION$|_LOCKED$/,
    { title: 'Недопустимое действие', detail: 'В текущем состоянии записи это действие недоступно.' },
  ],
  [
    /_TOO_LARGE$|_TOO_MANY_ROWS$/,
    { title: 'Слишком большой файл', detail: 'Файл больше допустимого размера или числа строк.' },
  ],
  [/_EMPTY$/, { title: 'Пустой файл', detail: 'Файл пуст.' }],
  [
    /_UPLOAD_MISSING$|^UPLOAD_MISSING$/,
    { title: 'Файл не найден', detail: 'Загруженный файл уже недоступен: загрузите его снова.' },
  ],
  [
    /_TYPE_NOT_ALLOWED$/,
    { title: 'Недопустимый тип файла', detail: 'Файл этого типа здесь не принимается.' },
  ],
  [
    /OUTSIDE_SCOPE$|_ONLY$/,
    { title: 'Нет доступа', detail: 'Это действие недоступно для вашей роли или школы.' },
  ],
  [/REQUIRED$/, { title: 'Не хватает данных', detail: 'Не указано обязательное поле.' }],
];

/** Russian texts by status, for codes no rule above knows. */
const RUSSIAN_BY_STATUS: Record<number, Texts> = {
  400: { title: 'Неверный запрос', detail: fieldList },
  401: RUSSIAN_BY_CODE[CommonErrorCode.UNAUTHENTICATED],
  403: RUSSIAN_BY_CODE[CommonErrorCode.FORBIDDEN],
  404: RUSSIAN_BY_CODE[CommonErrorCode.NOT_FOUND],
  409: { title: 'Конфликт', detail: 'Действие противоречит текущему состоянию данных.' },
  413: RUSSIAN_BY_CODE[CommonErrorCode.REQUEST_TOO_LARGE],
  422: { title: 'Данные не приняты', detail: 'Данные не прошли проверку; ничего не сохранено.' },
  429: RUSSIAN_BY_CODE[CommonErrorCode.RATE_LIMITED],
  503: RUSSIAN_BY_CODE[CommonErrorCode.SERVICE_UNAVAILABLE],
  504: RUSSIAN_BY_CODE[CommonErrorCode.TIMEOUT],
};

/** `title` and `detail` of a problem in `language`; `message` is the error's own (English) detail. */
export function problemTexts(
  language: ProblemLanguage,
  { code, status, message }: { code: string; status: number; message: string },
  facts: ProblemFacts,
): { title: string; detail: string } {
  if (language === 'en')
    return { title: ENGLISH_TITLES[code] ?? STATUS_CODES[status] ?? 'Error', detail: message };
  const reason = code.slice(code.indexOf('.') + 1);
  const texts =
    RUSSIAN_BY_CODE[code] ??
    RUSSIAN_BY_REASON.find(([pattern]) => pattern.test(reason))?.[1] ??
    RUSSIAN_BY_STATUS[status] ??
    (status >= 500 ? RUSSIAN_BY_CODE[CommonErrorCode.INTERNAL] : RUSSIAN_BY_STATUS[400]);
  const detail = typeof texts.detail === 'function' ? texts.detail(facts) : (texts.detail ?? message);
  return { title: texts.title, detail };
}

/**
 * The language an `Accept-Language` header prefers among ours: English only when the client ranks it
 * above Russian (or names it and not Russian); Russian otherwise, the platform's language.
 */
export function problemLanguageOf(acceptLanguage: string | undefined): ProblemLanguage {
  let best: { language: ProblemLanguage; q: number } = { language: 'ru', q: 0 };
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const language = tag.split('-')[0];
    if (language !== 'ru' && language !== 'en') continue;
    const qParam = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > best.q) best = { language, q };
  }
  return best.language;
}
