import { createI18n } from 'vue-i18n';
import * as chart from '../charts/i18n';
import * as common from '../components/common/i18n';
import * as budget from '../modules/budget/i18n';
import * as help from '../modules/help/i18n';
import * as imports from '../modules/imports/i18n';
import * as overview from '../modules/overview/i18n';
import * as risks from '../modules/risks/i18n';
import * as scenarios from '../modules/scenarios/i18n';
import * as schools from '../modules/schools/i18n';
import * as sensitivity from '../modules/sensitivity/i18n';
import * as staffing from '../modules/staffing/i18n';
import { en } from './en';
import { sv } from './sv';

export type Locale = 'sv' | 'en';
const STORAGE_KEY = 'likvard.locale';

// Each module keeps its messages in its own file (one line here each), so parallel work does not collide in sv.ts.
const svMessages = {
  ...sv,
  ...common.sv,
  ...overview.sv,
  ...budget.sv,
  ...staffing.sv,
  ...schools.sv,
  ...scenarios.sv,
  ...risks.sv,
  ...sensitivity.sv,
  ...help.sv,
  chart: chart.sv,
  imports: imports.sv,
};
const enMessages: typeof svMessages = {
  ...en,
  ...common.en,
  ...overview.en,
  ...budget.en,
  ...staffing.en,
  ...schools.en,
  ...scenarios.en,
  ...risks.en,
  ...sensitivity.en,
  ...help.en,
  chart: chart.en,
  imports: imports.en,
};
export type AppMessages = typeof svMessages;
export type Messages = AppMessages;

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
