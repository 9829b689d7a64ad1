export const sv = { scenarios: {} as Record<string, never> };
export const en: typeof sv = { scenarios: {} };
