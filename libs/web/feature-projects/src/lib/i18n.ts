import { addTranslations, type TranslationShape } from '@orbita/web/core';

/** The `projects` namespace. Russian plurals: `_one`, `_few`, `_many`, `_other`. */
const ru = {
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
  },
  sheet: {
    title: 'Экспертный лист',
  },
};

const en: TranslationShape<typeof ru> = {
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
  },
  sheet: {
    title: 'Expert sheet',
  },
};

addTranslations('projects', { ru, en });
