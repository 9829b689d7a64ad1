import { createI18n } from 'vue-i18n';
import { en } from './en';
import { sv } from './sv';
import * as chart from '../charts/i18n';
import * as imports from '../modules/imports/i18n';
import * as sensitivity from '../modules/sensitivity/i18n';

export type Locale = 'sv' | 'en';

/** The app's messages with each module's own merged in, one line per module, so parallel work does not collide. */
const messages = {
  sv: { ...sv, ...sensitivity.sv, chart: chart.sv, imports: imports.sv },
  en: { ...en, ...sensitivity.en, chart: chart.en, imports: imports.en },
};
export type Messages = typeof messages.sv;
export type AppMessages = Messages;
const STORAGE_KEY = 'likvard.locale';

function initialLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'sv';
}

/** Swedish first; English available. */
export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n<[Messages], Locale, false>({ legacy: false, locale, fallbackLocale: 'sv', messages });
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
