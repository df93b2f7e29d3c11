/** As TRAINING_KINDS of the contracts (a demo-data library depends on none). */
type TrainingKind = 'course' | 'webinar';

/** A training of the programme's teachers in the 2024/25 demo year. */
export interface DemoTraining {
  kind: TrainingKind;
  title: string;
  provider: string;
  startsOn: string;
  endsOn: string;
  hours?: number;
  /** The roadmap activity it fulfils, by number (seed 001). */
  activityNumber: string;
  /** How many of the programme's teachers did not attend: the newest teacher of that many schools. */
  absent: number;
}

/**
 * Seed 000: «организовано обучение педагогов-предметников классов Проекта и инструктаж по работе на
 * электронной платформе «Сириус.Школы». Обучение прошёл 31 педагогический работник» (of 36), and
 * «в вебинарах приняли участие 100% педагогических работников». The dates and hours are INVENTED: the
 * report gives none.
 */
export const DEMO_TRAININGS: readonly DemoTraining[] = [
  {
    kind: 'course',
    title:
      'Обучение педагогов-предметников классов Проекта и инструктаж по работе на электронной платформе «Сириус.Школы»',
    provider: 'Образовательный центр «Сириус», ТРЦ «Пульсар»',
    startsOn: '2024-10-14',
    endsOn: '2024-10-25',
    hours: 36,
    activityNumber: '15',
    absent: 5,
  },
  {
    kind: 'webinar',
    title:
      'Вебинар для педагогов-предметников: организация учебного процесса, методика преподавания, проектная деятельность',
    provider: 'Образовательный центр «Сириус»',
    startsOn: '2024-11-19',
    endsOn: '2024-11-19',
    activityNumber: '13',
    absent: 0,
  },
];
