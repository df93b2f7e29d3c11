import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'orbita.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'ru';
}

// Russian first: users of the centre work in Russian; English is for guests and developers.
// Plural keys follow Intl.PluralRules: `_one`, `_few`, `_many`, `_other` in Russian.
void i18next.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'ru',
  defaultNS: 'common',
  resources: { ru: { common: common.ru }, en: { common: common.en } } satisfies Resource,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export const i18n = i18next;

/** Translations of one feature (its own namespace), registered when the feature's module loads. */
export function addTranslations(namespace: string, translations: { ru: object; en: object }): void {
  i18next.addResourceBundle('ru', namespace, translations.ru, true, true);
  i18next.addResourceBundle('en', namespace, translations.en, true, true);
}

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
