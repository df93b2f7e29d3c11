import type { DemoAgreement, DemoParticipation, DemoProgramme, IsoDate } from './types';

/**
 * "Today" for the demo: agreement statuses below are as of this date, and the "expiring soon" query
 * (within 60 days) finds the agreements ending between it and 2027-01-22.
 */
export const DEMO_REFERENCE_DATE: IsoDate = '2026-11-23';

export const DEMO_PROGRAMMES: readonly DemoProgramme[] = [
  {
    key: 'sirius-partner-schools',
    kind: 'sirius_partner_schools',
    name: 'Школы – ассоциированные партнёры «Сириуса»',
    shortName: 'Партнёры «Сириуса»',
    description:
      'Проект Образовательного Фонда «Талант и успех»: сеть ведущих общеобразовательных организаций с углублённым изучением ' +
      'математики, информатики и естественно-научных предметов при методической поддержке «Сириуса».',
    operatorKey: 'pulsar',
    regionalCoordinatorKey: 'rc-coordinator',
    sinceSchoolYear: 2024,
  },
  {
    key: 'lessons-of-the-present',
    kind: 'lessons_of_the_present',
    name: 'Уроки настоящего',
    shortName: 'Уроки настоящего',
    description:
      'Волонтёрский проект Образовательного центра «Сириус»: школьные научно-технологические студии под руководством ' +
      'педагогов-наставников, региональный зачёт студий.',
    // Seed 002: "ОГАОУ ТРЦРТ «Пульсар» (региональный оператор проекта)"; Tomsk studios worked in 2022/23.
    operatorKey: 'pulsar',
    sinceSchoolYear: 2022,
  },
  {
    key: 'park-enoto',
    kind: 'park_enoto',
    name: 'Парк ЕНОТо',
    shortName: 'Парк ЕНОТо',
    description:
      'Проект Федеральной инновационной площадки Минпросвещения России по развитию естественнонаучного образования: ' +
      'базовые образовательные организации, сеть «школа – вуз – научный центр – производство».',
    // Seed 003 (2022) has it run by ОГБУ «РЦРО»; by seed 002 (2023) the base organisations are those of
    // ТРЦРТ «Пульсар», which runs it in the demo.
    operatorKey: 'pulsar',
    sinceSchoolYear: 2022,
  },
];

const SIRIUS_SCHOOLS: ReadonlyArray<[schoolKey: string, coordinatorKey: string]> = [
  ['lyceum-1-tomsk', 'school1-coordinator'],
  ['academic-lyceum-tomsk', 'school2-coordinator'],
  ['school-4-tomsk', 'school3-coordinator'],
  ['school-16-tomsk', 'school4-coordinator'],
  ['otkrytie-tomsk', 'school5-coordinator'],
  ['evrika-tomsk', 'school6-coordinator'],
  ['school-4-strezhevoy', 'school7-coordinator'],
  ['gymnasium-2-asino', 'school8-coordinator'],
];

/** The eight schools in the Sirius programme in 2024/25 (seed 000). */
export const DEMO_PARTICIPATION: readonly DemoParticipation[] = SIRIUS_SCHOOLS.map(
  ([schoolKey, coordinatorKey]): DemoParticipation => ({
    programmeKey: 'sirius-partner-schools',
    schoolKey,
    schoolYear: 2024,
    role: 'partner_school',
    coordinatorKey,
  }),
);

/**
 * Cooperation agreements. Only the first one is in the seeds (seed 000: the department's agreement with
 * the foundation, "от 11.10.2024 № 10/24-8633/СС"; its term is invented). Seed 000 says schools signed
 * agreements with partner universities, colleges and enterprises but names none: the others are
 * INVENTED (numbers, dates, subjects, obligations), dated so that as of DEMO_REFERENCE_DATE three expire
 * within 60 days, two have expired and one was terminated.
 */
export const DEMO_AGREEMENTS: readonly DemoAgreement[] = [
  {
    key: 'agr-department-foundation',
    provenance: 'seed',
    number: '10/24-8633/СС',
    date: '2024-10-11',
    validFrom: '2024-10-11',
    validTo: '2027-08-31',
    partyKey: 'education-department',
    counterpartyKey: 'talent-and-success',
    programmeKey: 'sirius-partner-schools',
    subject:
      'Соглашение о сотрудничестве по реализации Проекта «Школы – ассоциированные партнёры «Сириуса» в Томской области',
    obligations: [
      'Фонд предоставляет методические и диагностические материалы, доступ к платформе «Сириус.Школы»',
      'Департамент обеспечивает участие общеобразовательных организаций региона и назначение регионального координатора',
    ],
    status: 'active',
  },
  {
    key: 'agr-pulsar-tsu',
    provenance: 'invented',
    number: '24-П/17',
    date: '2024-08-26',
    validFrom: '2024-09-01',
    validTo: '2027-01-15',
    partyKey: 'pulsar',
    counterpartyKey: 'tsu',
    programmeKey: 'sirius-partner-schools',
    subject:
      'Сотрудничество в организации проектной и исследовательской деятельности обучающихся классов Проекта',
    obligations: [
      'Университет направляет экспертов для оценки проектных работ на региональном этапе защит',
      'Университет предоставляет лаборатории для выполнения проектных работ',
      'ТРЦ «Пульсар» формирует перечень тем проектов совместно с университетом',
    ],
    status: 'active',
  },
  {
    key: 'agr-lyceum1-tsu',
    provenance: 'invented',
    number: '112/ДС-24',
    date: '2024-09-02',
    validFrom: '2024-09-02',
    validTo: '2026-12-31',
    partyKey: 'lyceum-1-tomsk',
    counterpartyKey: 'tsu',
    programmeKey: 'sirius-partner-schools',
    subject:
      'Договор о сотрудничестве: профориентационная работа и сопровождение проектов обучающихся 10-х классов',
    obligations: [
      'Университет проводит не менее четырёх профориентационных мероприятий в учебном году',
      'Университет назначает научных консультантов проектных работ',
      'Лицей обеспечивает участие обучающихся классов Проекта в мероприятиях университета',
    ],
    status: 'active',
  },
  {
    key: 'agr-academic-tpu',
    provenance: 'invented',
    number: '7-ОЛ/2024',
    date: '2024-09-16',
    validFrom: '2024-09-16',
    validTo: '2027-08-31',
    partyKey: 'academic-lyceum-tomsk',
    counterpartyKey: 'tpu',
    programmeKey: 'sirius-partner-schools',
    subject:
      'Договор о сотрудничестве в области инженерного образования обучающихся физико-математического профиля',
    obligations: [
      'Университет проводит практикумы по физике в своих лабораториях',
      'Лицей согласует с университетом планы внеурочной деятельности классов Проекта',
    ],
    status: 'active',
  },
  {
    key: 'agr-school16-uts',
    provenance: 'invented',
    number: '03/24',
    date: '2024-10-07',
    validFrom: '2024-10-07',
    validTo: '2026-12-15',
    partyKey: 'school-16-tomsk',
    counterpartyKey: 'uts',
    programmeKey: 'sirius-partner-schools',
    subject:
      'Договор о сотрудничестве: экскурсии на предприятие и совместные проекты обучающихся 7-х классов',
    obligations: [
      'Предприятие проводит экскурсии для обучающихся классов Проекта',
      'Предприятие предлагает темы практико-ориентированных проектов',
    ],
    status: 'active',
  },
  {
    key: 'agr-school4-tspu',
    provenance: 'invented',
    number: '58-С',
    date: '2024-10-01',
    validFrom: '2024-10-01',
    validTo: '2025-08-31',
    partyKey: 'school-4-tomsk',
    counterpartyKey: 'tspu',
    programmeKey: 'sirius-partner-schools',
    subject: 'Договор о сотрудничестве в методическом сопровождении учителей химии и биологии',
    obligations: [
      'Университет проводит методические семинары для учителей профильных предметов',
      'Школа предоставляет площадку для педагогической практики студентов',
    ],
    status: 'expired',
  },
  {
    key: 'agr-pulsar-planetarium',
    provenance: 'invented',
    number: '24-П/09',
    date: '2024-06-17',
    validFrom: '2024-06-17',
    validTo: '2025-06-30',
    partyKey: 'pulsar',
    counterpartyKey: 'planetarium',
    subject: 'Сотрудничество в проведении просветительских мероприятий по астрономии для обучающихся',
    obligations: ['Планетарий проводит лекции и наблюдения для обучающихся школ – участников Проекта'],
    status: 'expired',
  },
  {
    key: 'agr-evrika-unitech',
    provenance: 'invented',
    number: '15/2024',
    date: '2024-10-14',
    validFrom: '2024-10-14',
    validTo: '2026-08-31',
    partyKey: 'evrika-tomsk',
    counterpartyKey: 'unitech',
    programmeKey: 'sirius-partner-schools',
    subject: 'Договор о сотрудничестве: наставничество специалистов предприятия в проектах по информатике',
    obligations: ['Предприятие назначает наставников проектных работ обучающихся 10-х классов'],
    status: 'terminated',
    terminatedOn: '2025-05-20',
  },
];
