import { addTranslations, type TranslationShape } from '@orbita/web/core';

/** The `projects` namespace. Russian plurals: `_one`, `_few`, `_many`, `_other`. */
const ru = {
  stageKind: {
    school: 'Школьный этап',
    final: 'Заключительный этап',
  },
  stageOfYear: '{{stage}} {{year}}',
  stageStatus: {
    open: 'Идёт',
    closed: 'Закрыт',
  },
  kind: {
    project: 'Проект',
    research: 'Исследование',
  },
  sheetStatus: {
    none: 'Не начат',
    draft: 'Черновик',
    submitted: 'Отправлен',
    reopened: 'Возвращён на доработку',
  },
  seasons: {
    title: 'Защиты проектов',
  },
  stage: {
    title: 'Этап',
  },
  works: {
    title: 'Проектные работы',
    schoolTitle: 'Проекты школы',
  },
  expert: {
    title: 'Мои работы',
    subtitle: 'Работы, назначенные вам на экспертизу',
    none: 'Вам пока не назначено ни одной работы',
    fillSheet: 'Заполнить лист',
    viewSheet: 'Открыть лист',
    openSheetOf: 'Экспертный лист работы «{{title}}»',
  },
  sheet: {
    title: 'Экспертный лист',
    back: 'К моим работам',
    maxPoints: 'Максимум {{max}} б.',
    weight: 'вес {{weight}}',
    levelsOf: 'Уровни критерия «{{title}}»',
    points: 'Баллы',
    pointsHint: 'От 0 до {{max}}',
    notApplicable: 'Не применимо',
    scoreRequired: 'Поставьте баллы или отметьте «не применимо»',
    scoreRange: 'Баллы — от 0 до {{max}}',
    comment: 'Комментарий эксперта',
    saveDraft: 'Сохранить черновик',
    submit: 'Отправить лист',
    savedDraft: 'Черновик сохранён',
    submitted: 'Лист отправлен',
    submittedAt: 'Лист отправлен {{at}}: изменить его может только координатор, вернув на доработку.',
    reopened: 'Координатор вернул лист на доработку: {{reason}}',
    confirmTitle: 'Отправить экспертный лист?',
    confirmText: 'После отправки баллы и комментарий изменить нельзя: лист сможет вернуть на доработку только координатор.',
  },
};

const en: TranslationShape<typeof ru> = {
  stageKind: {
    school: 'School stage',
    final: 'Final stage',
  },
  stageOfYear: '{{stage}} {{year}}',
  stageStatus: {
    open: 'Open',
    closed: 'Closed',
  },
  kind: {
    project: 'Project',
    research: 'Research',
  },
  sheetStatus: {
    none: 'Not started',
    draft: 'Draft',
    submitted: 'Submitted',
    reopened: 'Returned for correction',
  },
  seasons: {
    title: 'Project defences',
  },
  stage: {
    title: 'Stage',
  },
  works: {
    title: 'Project works',
    schoolTitle: 'School’s projects',
  },
  expert: {
    title: 'My works',
    subtitle: 'Works assigned to you for judging',
    none: 'No works are assigned to you yet',
    fillSheet: 'Fill in the sheet',
    viewSheet: 'Open the sheet',
    openSheetOf: 'Expert sheet of “{{title}}”',
  },
  sheet: {
    title: 'Expert sheet',
    back: 'To my works',
    maxPoints: 'At most {{max}} pts',
    weight: 'weight {{weight}}',
    levelsOf: 'Levels of “{{title}}”',
    points: 'Points',
    pointsHint: 'From 0 to {{max}}',
    notApplicable: 'Not applicable',
    scoreRequired: 'Give points or mark it “not applicable”',
    scoreRange: 'Points from 0 to {{max}}',
    comment: 'Expert’s comment',
    saveDraft: 'Save draft',
    submit: 'Submit the sheet',
    savedDraft: 'Draft saved',
    submitted: 'Sheet submitted',
    submittedAt: 'Submitted {{at}}: only the coordinator can return it for correction.',
    reopened: 'The coordinator returned the sheet for correction: {{reason}}',
    confirmTitle: 'Submit the expert sheet?',
    confirmText: 'Once submitted, the points and comment cannot be changed: only the coordinator can return the sheet.',
  },
};

addTranslations('projects', { ru, en });
