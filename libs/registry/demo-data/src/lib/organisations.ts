import type {
  DemoMunicipality,
  DemoOtherOrganisation,
  DemoPartner,
  DemoRegionalCentre,
  DemoSchool,
} from './types';

/**
 * Municipalities of the demo: those of the schools and organisations below, plus the districts seed 002
 * names (participants of "Уроки настоящего") so that a second programme's data has somewhere to go.
 */
export const DEMO_MUNICIPALITIES: readonly DemoMunicipality[] = [
  { key: 'tomsk', name: 'Город Томск', kind: 'city_district' },
  { key: 'seversk', name: 'ЗАТО Северск', kind: 'zato' },
  { key: 'strezhevoy', name: 'Городской округ Стрежевой', kind: 'city_district' },
  { key: 'asino-district', name: 'Асиновский район', kind: 'municipal_district' },
  { key: 'bakchar-district', name: 'Бакчарский район', kind: 'municipal_district' },
  { key: 'chainsk-district', name: 'Чаинский район', kind: 'municipal_district' },
  { key: 'shegarka-district', name: 'Шегарский район', kind: 'municipal_district' },
];

/** The regional centre with the functions of the programme's regional coordinator (seed 000). */
export const DEMO_REGIONAL_CENTRE: DemoRegionalCentre = {
  key: 'pulsar',
  fullName: 'ОГБОУ ТРЦРТ «Пульсар»',
  shortName: 'ТРЦ «Пульсар»',
  expandedName: 'Томский региональный центр развития талантов «Пульсар»',
  municipalityKey: 'tomsk',
  email: 'pulsar@demo.orbita.local',
  website: 'https://pulsar.demo.orbita.local',
};

/**
 * The eight schools of the "Sirius partner schools" programme in 2024/25, in the order of seed 000's
 * table. Full names are verbatim from the seed; short names, e-mails and websites are invented (fake
 * domain). The seed gives no addresses or phones, so there are none. Their ids on the Sirius.Schools platform
 * are invented too, and are the ones the platform's stand-in serves (tools/seeds/sirius-demo-roster.ts).
 */
export const DEMO_SCHOOLS: readonly DemoSchool[] = [
  {
    key: 'lyceum-1-tomsk',
    reportRow: 1,
    siriusId: 'org-lyceum-1-tomsk',
    fullName: 'МАОУ лицей № 1 имени А.С. Пушкина г. Томска',
    shortName: 'Лицей № 1 им. Пушкина',
    municipalityKey: 'tomsk',
    email: 'info@school1.demo.orbita.local',
    website: 'https://school1.demo.orbita.local',
  },
  {
    key: 'academic-lyceum-tomsk',
    reportRow: 2,
    siriusId: 'org-academic-lyceum-tomsk',
    fullName: 'МАОУ Академический лицей г. Томска им. Г.А. Псахье',
    shortName: 'Академический лицей им. Псахье',
    municipalityKey: 'tomsk',
    email: 'info@school2.demo.orbita.local',
    website: 'https://school2.demo.orbita.local',
  },
  {
    key: 'school-4-tomsk',
    reportRow: 3,
    siriusId: 'org-school-4-tomsk',
    fullName: 'МАОУ СОШ № 4 им. И.С. Черных г. Томска',
    shortName: 'СОШ № 4 им. Черных',
    municipalityKey: 'tomsk',
    email: 'info@school3.demo.orbita.local',
    website: 'https://school3.demo.orbita.local',
  },
  {
    key: 'school-16-tomsk',
    reportRow: 4,
    siriusId: 'org-school-16-tomsk',
    fullName: 'МАОУ СОШ № 16 г. Томска',
    shortName: 'СОШ № 16 г. Томска',
    municipalityKey: 'tomsk',
    email: 'info@school4.demo.orbita.local',
    website: 'https://school4.demo.orbita.local',
  },
  {
    key: 'otkrytie-tomsk',
    reportRow: 5,
    siriusId: 'org-otkrytie-tomsk',
    fullName: 'МАОУ Школа «Открытие» г. Томска',
    shortName: 'Школа «Открытие»',
    municipalityKey: 'tomsk',
    email: 'info@school5.demo.orbita.local',
    website: 'https://school5.demo.orbita.local',
  },
  {
    key: 'evrika-tomsk',
    reportRow: 6,
    siriusId: 'org-evrika-tomsk',
    fullName: 'МАОУ Школа «Эврика-развитие» г. Томска',
    shortName: 'Школа «Эврика-развитие»',
    municipalityKey: 'tomsk',
    email: 'info@school6.demo.orbita.local',
    website: 'https://school6.demo.orbita.local',
  },
  {
    key: 'school-4-strezhevoy',
    reportRow: 7,
    siriusId: 'org-school-4-strezhevoy',
    fullName: 'МОУ СОШ № 4 г.о. Стрежевой',
    shortName: 'СОШ № 4 г.о. Стрежевой',
    municipalityKey: 'strezhevoy',
    email: 'info@school7.demo.orbita.local',
    website: 'https://school7.demo.orbita.local',
  },
  {
    key: 'gymnasium-2-asino',
    reportRow: 8,
    siriusId: 'org-gymnasium-2-asino',
    fullName: 'МАОУ гимназия № 2 города Асино Томской области',
    shortName: 'Гимназия № 2 г. Асино',
    municipalityKey: 'asino-district',
    email: 'info@school8.demo.orbita.local',
    website: 'https://school8.demo.orbita.local',
  },
];

/**
 * Partners the seeds actually name (all in seed 003's list of resources; seeds 000 and 001 speak of
 * partner universities, colleges and enterprises only in general). No college (СПО) and no institute of
 * СО РАН is named anywhere, so those kinds have no entries. Full names of the universities are their
 * official names; the others are given as the seed gives them.
 */
export const DEMO_PARTNERS: readonly DemoPartner[] = [
  {
    key: 'tsu',
    fullName: 'Национальный исследовательский Томский государственный университет',
    shortName: 'ТГУ',
    kind: 'university',
    municipalityKey: 'tomsk',
    mentionedAs: [
      'Обсерватория ТГУ',
      'Сибирский ботанический сад ТГУ',
      'Музеи ТГУ',
      'Институт образования ТГУ',
    ],
    email: 'partners@tsu.demo.orbita.local',
  },
  {
    key: 'tpu',
    fullName: 'Национальный исследовательский Томский политехнический университет',
    shortName: 'ТПУ',
    kind: 'university',
    municipalityKey: 'tomsk',
    mentionedAs: ['ИДО ТГУ, ТПУ'],
    email: 'partners@tpu.demo.orbita.local',
  },
  {
    key: 'tspu',
    fullName: 'Томский государственный педагогический университет',
    shortName: 'ТГПУ',
    kind: 'university',
    municipalityKey: 'tomsk',
    mentionedAs: ['Центр физико-математического ДО ТГПУ'],
    email: 'partners@tspu.demo.orbita.local',
  },
  {
    key: 'uts',
    fullName: 'ООО «УТС»',
    shortName: 'ООО «УТС»',
    kind: 'enterprise',
    municipalityKey: 'tomsk',
    mentionedAs: ['ООО «УТС»'],
    email: 'office@uts.demo.orbita.local',
  },
  {
    key: 'unitech',
    fullName: 'НПО «Унитех»',
    shortName: 'НПО Унитех',
    kind: 'enterprise',
    municipalityKey: 'tomsk',
    mentionedAs: ['НПО Унитех'],
    email: 'office@unitech.demo.orbita.local',
  },
  {
    key: 'sibur',
    fullName: 'ПАО «Сибур»',
    shortName: 'Сибур',
    kind: 'enterprise',
    municipalityKey: 'tomsk',
    mentionedAs: ['ПАО «Сибур»'],
    email: 'education@sibur.demo.orbita.local',
  },
  {
    key: 'planetarium',
    fullName: 'Томский планетарий',
    shortName: 'Планетарий',
    kind: 'other',
    municipalityKey: 'tomsk',
    mentionedAs: ['Томский планетарий'],
    email: 'info@planetarium.demo.orbita.local',
  },
  {
    key: 'kvantorium',
    fullName: 'АНО ДО «Кванториум»',
    shortName: 'Кванториум',
    kind: 'other',
    municipalityKey: 'tomsk',
    mentionedAs: ['АНО ДО «Кванториум»'],
    email: 'info@kvantorium.demo.orbita.local',
  },
];

/**
 * Organisations that are neither schools nor partners. The department is called "Департамент образования
 * Томской области" in the 2024/25 documents (seeds 000, 001) and "Департамент общего образования Томской
 * области" in the older ones (seeds 002, 003); the current name is the full name.
 */
export const DEMO_OTHER_ORGANISATIONS: readonly DemoOtherOrganisation[] = [
  {
    key: 'education-department',
    fullName: 'Департамент образования Томской области',
    shortName: 'Департамент образования',
    formerNames: ['Департамент общего образования Томской области'],
    kind: 'authority',
    municipalityKey: 'tomsk',
    email: 'department@demo.orbita.local',
  },
  {
    key: 'talent-and-success',
    fullName: 'Образовательный Фонд «Талант и успех»',
    shortName: 'Фонд «Талант и успех»',
    kind: 'foundation',
    municipalityKey: null,
    email: 'foundation@demo.orbita.local',
  },
];
