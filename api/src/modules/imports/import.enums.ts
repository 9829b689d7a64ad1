import { registerEnumType } from 'type-graphql';

export enum ImportKind {
  SCHOOL_UNITS = 'SCHOOL_UNITS',
  SCHOOL_REGISTER = 'SCHOOL_REGISTER',
  SCHOOL_FACTS = 'SCHOOL_FACTS',
  BUDGET_LINES = 'BUDGET_LINES',
  DEVICE_FLEETS = 'DEVICE_FLEETS',
  INDICATOR_VALUES = 'INDICATOR_VALUES',
  LIKA_ASSESSMENTS = 'LIKA_ASSESSMENTS',
}
registerEnumType(ImportKind, {
  name: 'ImportKind',
  description:
    'Vad filen innehåller: skolenheter, Skolverkets skolenhetsregister (XLSX som publicerat), fakta per skolenhet och år, budgetrader, enhetsbestånd, nyckeltalsvärden (Kolada-format) eller LIKA-självskattningar.',
});

export enum ImportRowAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  SKIP = 'SKIP',
  ERROR = 'ERROR',
}
registerEnumType(ImportRowAction, {
  name: 'ImportRowAction',
  description: 'Vad en rad gör (eller skulle göra): skapar, ändrar, lämnar oförändrat, hoppas över (inte din kommun) eller är fel.',
});

/** The kinds as URL slugs for templates: /templates/<slug>.csv|.xlsx. */
export const KIND_SLUGS: Record<ImportKind, string> = {
  SCHOOL_UNITS: 'skolenheter',
  SCHOOL_REGISTER: 'skolenhetsregistret',
  SCHOOL_FACTS: 'skolfakta',
  BUDGET_LINES: 'budgetrader',
  DEVICE_FLEETS: 'enhetsbestand',
  INDICATOR_VALUES: 'nyckeltal',
  LIKA_ASSESSMENTS: 'lika',
};
