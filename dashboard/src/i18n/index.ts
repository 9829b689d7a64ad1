import { createI18n } from 'vue-i18n';
import { en } from './en';
import * as sensitivity from '../modules/sensitivity/i18n';
import { sv } from './sv';

export type Locale = 'sv' | 'en';
const STORAGE_KEY = 'likvard.locale';

// Each module keeps its messages in its own file (one line here each), so parallel work does not collide in sv.ts.
const svMessages = { ...sv, ...sensitivity.sv };
const enMessages: typeof svMessages = { ...en, ...sensitivity.en };
export type AppMessages = typeof svMessages;

function initialLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'sv';
}

/** Swedish first; English available. */
export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n<[AppMessages], Locale, false>({ legacy: false, locale, fallbackLocale: 'sv', messages: { sv: svMessages, en: enMessages } });
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
