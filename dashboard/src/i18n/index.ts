import { createI18n } from 'vue-i18n';
import { en } from './en';
import { sv, type Messages } from './sv';

export type Locale = 'sv' | 'en';
const STORAGE_KEY = 'likvard.locale';

function initialLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'sv';
}

/** Swedish first; English available. */
export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n<[Messages], Locale, false>({ legacy: false, locale, fallbackLocale: 'sv', messages: { sv, en } });
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
