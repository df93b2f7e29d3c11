import type { DemoRoadmap, DemoRoadmapActivity, DemoRoadmapStage, IsoDate } from './types';

/*
 * The 2024/25 roadmap of the Sirius programme, transcribed from seed 001. Titles, sub-items, the
 * "Участники" and "Сроки" cells and the deliverables are verbatim (whitespace normalised: the seed
 * breaks lines inside cells). Deliverables are split where the seed numbers several ("1. …; 2. …").
 *
 * Windows:
 * - a month range ("Июнь – август 2024 года") → from the 1st of the first month to the last day of the
 *   last; a single month ("Август 2024 года") likewise; a day range ("02-05 декабря 2024 года") → those
 *   days, inclusive.
 * - "До конца <месяц> <год>" → to = the last day of that month; "до <число> <месяц> <год>" → to = that date.
 *   The seed gives no start for these, so `from` is inferred (`fromInferred: true`): the school-year
 *   start 2024-09-01 when the deadline is after it, otherwise ROADMAP_START (2024-05-01, the month
 *   activity 1, the region's decision to join, starts — nothing is done before the region joins).
 * - "В течение учебного года" and "В течение года" (activity 9) → `during_year` (2024-09-01 .. 2025-08-31).
 * - "Ежемесячно" → `monthly`.
 * - Several deadlines in one cell (activities 6, 19, 25, 26) → one milestone each; `window` is then the
 *   envelope from the first milestone's start to the last one's end.
 *
 * Participants: "Образовательный Фонд «Талант и успех»" → foundation, "Департамент образования Томской
 * области" → department, "ТРЦРТ «Пульсар»" → regional_centre, "образовательные организации" → schools,
 * "вузы-партнеры" → partner_universities, "предприятия-партнеры" → partner_enterprises.
 *
 * Responsibility (the seed names no people; this is the demo's choice): the regional coordinator for
 * organisational activities and for those only the foundation or the department carry out (she tracks
 * them), the regional centre's methodist for methodological and analytical ones; every school's
 * coordinator (`responsibleRoles`) wherever schools take part, teachers too where the work is theirs.
 */

/** Earliest start inferred for deadline-only windows before the school year (see above). */
const ROADMAP_START: IsoDate = '2024-05-01';

const FOUNDATION = 'talent-and-success';
const DEPARTMENT = 'education-department';
const PULSAR = 'pulsar';
const COORDINATOR = 'rc-coordinator';
const METHODIST = 'rc-methodist';

export const DEMO_ROADMAP_STAGES: readonly DemoRoadmapStage[] = [
  { number: 1, roman: 'I', title: 'Вхождение в Проект' },
  { number: 2, roman: 'II', title: 'Организационно-подготовительный этап' },
  { number: 3, roman: 'III', title: 'Методическое и организационное обеспечение образовательного процесса' },
  { number: 4, roman: 'IV', title: 'Апробация Проекта' },
  { number: 5, roman: 'V', title: 'Мониторинг, диагностика и анализ реализации Проекта' },
];

const ACTIVITIES: DemoRoadmapActivity[] = [
  // I. Вхождение в Проект
  {
    number: '1',
    stageNumber: 1,
    title: 'Решение Департамента образования Томской области о вхождении в Проект',
    details: [
      'отбор и формирование перечня участников Проекта в регионе',
      'назначение ответственных лиц',
      'направление в Образовательный Фонд «Талант и успех» официального письма о вхождении образовательных учреждений Томской области в Проект',
    ],
    participants: ['department'],
    participantOrganisationKeys: [DEPARTMENT],
    participantsText: 'Департамент образования Томской области',
    window: { kind: 'dates', from: '2024-05-01', to: '2024-06-30' },
    windowText: 'Май – июнь 2024 года',
    deliverables: [
      'Официальное письмо о вхождении школ региона в Проект',
      'Перечень школ',
      'Перечень потенциальных партнеров Проекта в регионе (вузы-партнеры и предприятия-партнеры)',
      'Назначение регионального координатора и школьных координаторов',
    ],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: [],
  },
  {
    number: '2',
    stageNumber: 1,
    title: 'Утверждение дорожной карты (плана мероприятий по реализации Проекта в Томской области)',
    participants: ['department'],
    participantOrganisationKeys: [DEPARTMENT],
    participantsText: 'Департамент образования Томской области',
    window: { kind: 'dates', from: ROADMAP_START, to: '2024-08-31', fromInferred: true },
    windowText: 'До конца августа 2024 года',
    deliverables: ['Утвержденная дорожная карта'],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: [],
  },
  {
    number: '3',
    stageNumber: 1,
    title: 'Заключение соглашения с Образовательным Фондом «Талант и успех» о реализации Проекта в регионе',
    participants: ['department', 'foundation'],
    participantOrganisationKeys: [DEPARTMENT, FOUNDATION],
    participantsText: 'Департамент образования Томской области, Образовательный Фонд «Талант и успех»',
    window: { kind: 'dates', from: ROADMAP_START, to: '2024-08-31', fromInferred: true },
    windowText: 'До конца августа 2024 года',
    deliverables: ['Подписанное соглашение'],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: [],
  },

  // II. Организационно-подготовительный этап
  {
    number: '4',
    stageNumber: 2,
    title: 'Формирование классов Проекта в образовательных организациях',
    details: [
      'организация и проведение отборочных диагностических работ (ОДР)',
      'отбор обучающихся в классы Проекта по результатам ОДР либо ОГЭ',
      'отбор и назначение педагогов в классы Проекта',
    ],
    participants: ['foundation', 'schools'],
    participantOrganisationKeys: [FOUNDATION],
    participantsText: 'Образовательный Фонд «Талант и успех», образовательные организации',
    window: { kind: 'dates', from: '2024-06-01', to: '2024-08-31' },
    windowText: 'Июнь – август 2024 года',
    deliverables: [
      'Списки рекомендованных к зачислению в классы Проекта',
      'Список преподавателей профильных предметов',
    ],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '5',
    stageNumber: 2,
    title: 'Издание приказов о зачислении обучающихся в классы Проекта',
    participants: ['schools'],
    participantOrganisationKeys: [],
    participantsText: 'Образовательные организации',
    window: { kind: 'dates', from: ROADMAP_START, to: '2024-08-31', fromInferred: true },
    windowText: 'До конца августа 2024 года',
    deliverables: ['Приказы о зачислении'],
    responsiblePersonKeys: [],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '6',
    stageNumber: 2,
    title: 'Разработка нормативной документации',
    details: [
      'положение о классах Проекта',
      'учебные планы',
      'рабочие программы по профильным предметам',
      'программы внеурочной деятельности и дополнительного образования для классов Проекта',
    ],
    participants: ['schools'],
    participantOrganisationKeys: [],
    participantsText: 'Образовательные организации',
    window: { kind: 'dates', from: ROADMAP_START, to: '2024-10-01', fromInferred: true },
    windowText:
      '- Положение о классах Проекта, учебные планы, рабочие программы: до 1 сентября 2024 года; - программы внеурочной деятельности и дополнительного образования: до 1 октября 2024 года',
    milestones: [
      {
        label: 'Положение о классах Проекта, учебные планы, рабочие программы',
        window: { kind: 'dates', from: ROADMAP_START, to: '2024-09-01', fromInferred: true },
        windowText: 'до 1 сентября 2024 года',
      },
      {
        label: 'программы внеурочной деятельности и дополнительного образования',
        window: { kind: 'dates', from: '2024-09-01', to: '2024-10-01', fromInferred: true },
        windowText: 'до 1 октября 2024 года',
      },
    ],
    deliverables: ['Утвержденные учебные планы', 'Рабочие программы', 'Школьное положение о классах Проекта'],
    responsiblePersonKeys: [],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '7',
    stageNumber: 2,
    title: 'Заключение договоров о сотрудничестве с партнерами Проекта – вузами и предприятиями',
    participants: ['regional_centre', 'schools', 'partner_universities', 'partner_enterprises'],
    participantOrganisationKeys: [PULSAR],
    participantsText: 'ТРЦРТ «Пульсар», образовательные организации, вузы-партнеры, предприятия-партнеры',
    window: { kind: 'dates', from: '2024-06-01', to: '2024-10-31' },
    windowText: 'Июнь – октябрь 2024 года',
    deliverables: ['Заключенные договоры'],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '8',
    stageNumber: 2,
    title: 'Разработка совместно с партнерами Проекта плана профориентационной работы',
    participants: ['regional_centre', 'schools', 'partner_universities', 'partner_enterprises'],
    participantOrganisationKeys: [PULSAR],
    participantsText: 'ТРЦРТ «Пульсар», образовательные организации, вузы-партнеры, предприятия-партнеры',
    window: { kind: 'dates', from: '2024-06-01', to: '2024-10-31' },
    windowText: 'Июнь – октябрь 2024 года',
    deliverables: ['Утвержденные планы'],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '9',
    stageNumber: 2,
    title: 'Организация участия предприятий региона в реализации проектной деятельности обучающихся',
    participants: ['regional_centre', 'partner_enterprises'],
    participantOrganisationKeys: [PULSAR],
    participantsText: 'ТРЦРТ «Пульсар», предприятия-партнеры',
    window: { kind: 'during_year' },
    windowText: 'В течение года',
    deliverables: ['Совместная проектная деятельность'],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: [],
  },

  // III. Методическое и организационное обеспечение образовательного процесса
  {
    number: '10',
    stageNumber: 3,
    title:
      'Разработка методических материалов (календарно-тематических планов, технологических карт уроков) по профильным предметам (математика, физика, информатика, биология, химия)',
    participants: ['foundation'],
    participantOrganisationKeys: [FOUNDATION],
    participantsText: 'Образовательный Фонд «Талант и успех»',
    window: { kind: 'dates', from: '2024-04-01', to: '2024-12-31' },
    windowText: 'Апрель – декабрь 2024 года',
    deliverables: [
      'Календарно-тематические планы по профильным предметам',
      'Материалы уроков на платформе «Сириус.Школы»',
    ],
    responsiblePersonKeys: [METHODIST],
    responsibleRoles: [],
  },
  {
    number: '11',
    stageNumber: 3,
    title:
      'Разработка методических рекомендаций по организации внеурочной деятельности и дополнительного образования',
    participants: ['foundation'],
    participantOrganisationKeys: [FOUNDATION],
    participantsText: 'Образовательный Фонд «Талант и успех»',
    window: { kind: 'dates', from: '2024-04-01', to: '2024-08-31' },
    windowText: 'Апрель – август 2024 года',
    deliverables: ['Программы курсов внеурочной деятельности и дополнительного образования'],
    responsiblePersonKeys: [METHODIST],
    responsibleRoles: [],
  },
  {
    number: '12',
    stageNumber: 3,
    title:
      'Предоставление обучающимся и педагогам профильных предметов доступа к электронной платформе «Сириус.Школы». Инструктаж по работе с платформой.',
    participants: ['foundation', 'schools'],
    participantOrganisationKeys: [FOUNDATION],
    participantsText: 'Образовательный Фонд «Талант и успех», образовательные организации',
    window: { kind: 'dates', from: '2024-08-01', to: '2024-08-31' },
    windowText: 'Август 2024 года',
    deliverables: ['Сформированные на платформе «Сириус.Школы» классы Проекта'],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '13',
    stageNumber: 3,
    title:
      'Организация методического сопровождения педагогов профильных предметов образовательных организаций',
    participants: ['foundation'],
    participantOrganisationKeys: [FOUNDATION],
    participantsText: 'Образовательный Фонд «Талант и успех»',
    window: { kind: 'during_year' },
    windowText: 'В течение учебного года',
    deliverables: [
      'Консультации экспертов',
      'Видеозаписи обучающих семинаров',
      'Методические семинары в дистанционном формате',
    ],
    responsiblePersonKeys: [METHODIST],
    responsibleRoles: [],
  },
  {
    number: '14',
    stageNumber: 3,
    title:
      'Консультирование участников Проекта по вопросам организации проектной и исследовательской деятельности',
    participants: ['foundation', 'regional_centre'],
    participantOrganisationKeys: [FOUNDATION, PULSAR],
    participantsText: 'Образовательный Фонд «Талант и успех», ТРЦРТ «Пульсар»',
    window: { kind: 'during_year' },
    windowText: 'В течение учебного года',
    deliverables: ['Консультации экспертов', 'Видеозаписи обучающих семинаров'],
    responsiblePersonKeys: [METHODIST],
    responsibleRoles: [],
  },
  {
    number: '15',
    stageNumber: 3,
    title:
      'Организация мероприятий по повышению профмастерства и программ повышения квалификации для педагогов образовательных организаций, работающих в классах Проекта',
    participants: ['foundation', 'regional_centre', 'partner_universities'],
    participantOrganisationKeys: [FOUNDATION, PULSAR],
    participantsText: 'Образовательный Фонд «Талант и успех», ТРЦРТ «Пульсар», вузы-партнеры',
    window: { kind: 'during_year' },
    windowText: 'В течение учебного года',
    deliverables: ['Очные и дистанционные дополнительные профессиональные программы', 'Обучающие семинары'],
    responsiblePersonKeys: [METHODIST],
    responsibleRoles: [],
  },

  // IV. Апробация Проекта
  {
    number: '16',
    stageNumber: 4,
    title: 'Апробация рабочих программ по математике, физике, информатике, биологии, химии',
    participants: ['schools'],
    participantOrganisationKeys: [],
    participantsText: 'Образовательные организации',
    window: { kind: 'during_year' },
    windowText: 'В течение учебного года',
    deliverables: [],
    responsiblePersonKeys: [],
    responsibleRoles: ['school_coordinator', 'teacher'],
  },
  {
    number: '17',
    stageNumber: 4,
    title: 'Организация внеурочной деятельности обучающихся и программ дополнительного образования',
    participants: ['regional_centre', 'schools'],
    participantOrganisationKeys: [PULSAR],
    participantsText: 'ТРЦРТ «Пульсар», образовательные организации',
    window: { kind: 'during_year' },
    windowText: 'В течение учебного года',
    deliverables: [],
    responsiblePersonKeys: [METHODIST],
    responsibleRoles: ['school_coordinator', 'teacher'],
  },
  {
    number: '18',
    stageNumber: 4,
    title: 'Организация проектной и исследовательской деятельности обучающихся',
    participants: ['regional_centre', 'schools', 'partner_universities', 'partner_enterprises'],
    participantOrganisationKeys: [PULSAR],
    participantsText: 'ТРЦРТ «Пульсар», образовательные организации, вузы-партнеры, предприятия-партнеры',
    window: { kind: 'during_year' },
    windowText: 'В течение учебного года',
    deliverables: ['Проектные и исследовательские работы, представленные к защитам'],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: ['school_coordinator', 'mentor'],
  },
  {
    number: '19',
    stageNumber: 4,
    title: 'Организация и проведение защит проектных работ обучающихся',
    details: ['школьный этап (предзащита)', 'региональный (заключительный) этап'],
    participants: ['foundation', 'regional_centre', 'schools'],
    participantOrganisationKeys: [FOUNDATION, PULSAR],
    participantsText: 'Образовательный Фонд «Талант и успех», ТРЦРТ «Пульсар», образовательные организации',
    window: { kind: 'dates', from: '2024-09-01', to: '2025-04-18', fromInferred: true },
    windowText: 'Школьный этап: до 30 марта 2025 года Заключительный этап: 14-18 апреля 2025 года',
    milestones: [
      {
        label: 'Школьный этап',
        window: { kind: 'dates', from: '2024-09-01', to: '2025-03-30', fromInferred: true },
        windowText: 'до 30 марта 2025 года',
      },
      {
        label: 'Заключительный этап',
        window: { kind: 'dates', from: '2025-04-14', to: '2025-04-18' },
        windowText: '14-18 апреля 2025 года',
      },
    ],
    deliverables: [
      'Подписанные листы экспертной оценки',
      'Сводный протокол оценки проектных работ',
      'Награждение авторов лучших работ среди участников из ОО региона и Проекта в целом',
    ],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '20',
    stageNumber: 4,
    title: 'Организация профориентационной работы с обучающимися',
    participants: ['schools', 'partner_universities', 'partner_enterprises'],
    participantOrganisationKeys: [],
    participantsText: 'Образовательные организации, вузы-партнеры, предприятия-партнеры',
    window: { kind: 'during_year' },
    windowText: 'В течение учебного года',
    deliverables: ['Отчет о проведенных мероприятиях'],
    responsiblePersonKeys: [],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '21',
    stageNumber: 4,
    title:
      'Организация работы по привлечению выпускников классов Проекта к целевому обучению в вузах региона',
    participants: ['department', 'partner_universities'],
    participantOrganisationKeys: [DEPARTMENT],
    participantsText: 'Департамент образования Томской области, вузы-партнеры',
    window: { kind: 'dates', from: '2025-02-01', to: '2025-06-30' },
    windowText: 'Февраль – июнь 2025 года',
    deliverables: ['Выделенные целевые места в вузах региона'],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: [],
  },
  {
    number: '22',
    stageNumber: 4,
    title:
      'Организация и проведение пригласительной работы для обучающихся 6 классов образовательных организаций – участников Проекта и кандидатов на вхождение в Проект',
    participants: ['foundation', 'regional_centre', 'schools'],
    participantOrganisationKeys: [FOUNDATION, PULSAR],
    participantsText: 'Образовательный Фонд «Талант и успех», ТРЦРТ «Пульсар», образовательные организации',
    window: { kind: 'dates', from: '2024-12-02', to: '2024-12-05' },
    windowText: '02-05 декабря 2024 года',
    deliverables: ['Протокол результатов'],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '23',
    stageNumber: 4,
    title:
      'Организация и проведение олимпиады «II интеллектуальный марафон» для обучающихся 6–8 классов образовательных организаций – участников Проекта',
    participants: ['foundation', 'regional_centre', 'schools'],
    participantOrganisationKeys: [FOUNDATION, PULSAR],
    participantsText: 'Образовательный Фонд «Талант и успех», ТРЦРТ «Пульсар», образовательные организации',
    window: { kind: 'dates', from: '2025-03-15', to: '2025-03-16' },
    windowText: '15-16 марта 2025 года',
    deliverables: ['Протокол олимпиады', 'Награждение лучших участников'],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: ['school_coordinator'],
  },

  // V. Мониторинг, диагностика и анализ реализации Проекта
  {
    number: '24',
    stageNumber: 5,
    title: 'Анализ текущих результатов освоения обучающимися учебных программ',
    participants: ['regional_centre', 'schools'],
    participantOrganisationKeys: [PULSAR],
    participantsText: 'ТРЦРТ «Пульсар», образовательные организации',
    window: { kind: 'monthly' },
    windowText: 'Ежемесячно',
    deliverables: ['Аналитическая справка/отчет'],
    responsiblePersonKeys: [METHODIST],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '25',
    stageNumber: 5,
    title:
      'Организация и проведение промежуточной и итоговой диагностических работ (ДР) с целью контроля освоения обучающимися содержания предметных курсов профильных предметов',
    participants: ['foundation', 'regional_centre', 'schools'],
    participantOrganisationKeys: [FOUNDATION, PULSAR],
    participantsText:
      'Образовательный Фонд «Талант и успех» – диагностические материалы. ТРЦРТ «Пульсар» – контроль проведения и обработка протоколов. Образовательные организации – организация проведения',
    participantDuties: {
      foundation: 'диагностические материалы',
      regional_centre: 'контроль проведения и обработка протоколов',
      schools: 'организация проведения',
    },
    window: { kind: 'dates', from: '2024-12-02', to: '2025-04-25' },
    windowText: 'Промежуточная ДР: 02-05 декабря 2024 года Итоговая ДР: 23-25 апреля 2025 года',
    milestones: [
      {
        label: 'Промежуточная ДР',
        window: { kind: 'dates', from: '2024-12-02', to: '2024-12-05' },
        windowText: '02-05 декабря 2024 года',
      },
      {
        label: 'Итоговая ДР',
        window: { kind: 'dates', from: '2025-04-23', to: '2025-04-25' },
        windowText: '23-25 апреля 2025 года',
      },
    ],
    deliverables: ['Протоколы с результатами диагностической работы'],
    responsiblePersonKeys: [METHODIST],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '26',
    stageNumber: 5,
    title:
      'Содержательный анализ результатов диагностических работ. Подготовка рекомендаций для образовательных организаций.',
    participants: ['foundation', 'regional_centre'],
    participantOrganisationKeys: [FOUNDATION, PULSAR],
    participantsText: 'Образовательный Фонд «Талант и успех», ТРЦРТ «Пульсар»',
    window: { kind: 'dates', from: '2024-12-01', to: '2025-05-31' },
    windowText: 'Декабрь 2024 года, май 2025 года',
    milestones: [
      { window: { kind: 'dates', from: '2024-12-01', to: '2024-12-31' }, windowText: 'Декабрь 2024 года' },
      { window: { kind: 'dates', from: '2025-05-01', to: '2025-05-31' }, windowText: 'май 2025 года' },
    ],
    deliverables: ['Аналитический отчет'],
    responsiblePersonKeys: [METHODIST],
    responsibleRoles: [],
  },
  {
    number: '27',
    stageNumber: 5,
    title:
      'Проведение мониторинговых исследований школьного климата с целью обеспечения своевременной корректировки содержания обучения и воспитания',
    participants: ['schools', 'regional_centre'],
    participantOrganisationKeys: [PULSAR],
    participantsText: 'Образовательные организации (школьные психологи), ТРЦРТ «Пульсар»',
    participantDuties: { schools: 'школьные психологи' },
    window: { kind: 'during_year' },
    windowText: 'В течение учебного года',
    deliverables: ['Аналитическая справка/отчет'],
    responsiblePersonKeys: [METHODIST],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '28',
    stageNumber: 5,
    title: 'Диагностика компетенций преподавателей профильных предметов',
    participants: ['regional_centre', 'schools'],
    participantOrganisationKeys: [PULSAR],
    participantsText: 'ТРЦРТ «Пульсар», образовательные организации',
    window: { kind: 'dates', from: '2025-03-24', to: '2025-03-30' },
    windowText: '24-30 марта 2025 года',
    deliverables: [
      'Рекомендации по организации обучения и программ повышения квалификации для учителей профильных предметов',
    ],
    responsiblePersonKeys: [METHODIST],
    responsibleRoles: ['school_coordinator'],
  },
  {
    number: '29',
    stageNumber: 5,
    title: 'Экспертная оценка пилотной стадии Проекта',
    participants: ['foundation', 'department', 'regional_centre'],
    participantOrganisationKeys: [FOUNDATION, DEPARTMENT, PULSAR],
    participantsText:
      'Образовательный Фонд «Талант и успех», Департамент образования Томской области, ТРЦРТ «Пульсар»',
    window: { kind: 'dates', from: '2025-05-01', to: '2025-06-30' },
    windowText: 'Май – июнь 2025 года',
    deliverables: [
      'Департамент образования Томской области – решение о продолжении участия в Проекте',
      'Фонд – решения в рамках дальнейшего развития Проекта',
    ],
    responsiblePersonKeys: [COORDINATOR],
    responsibleRoles: [],
  },
];

export const DEMO_ROADMAP: DemoRoadmap = {
  key: 'sirius-roadmap-2024',
  programmeKey: 'sirius-partner-schools',
  schoolYear: 2024,
  title:
    'Дорожная карта по реализации проекта «Школы – ассоциированные партнеры «Сириуса» в Томской области на 2024/2025 учебный год',
  approvedBy: 'распоряжение Департамента образования Томской области от 19.11.2024 № 1653',
  stages: DEMO_ROADMAP_STAGES,
  activities: ACTIVITIES,
};
