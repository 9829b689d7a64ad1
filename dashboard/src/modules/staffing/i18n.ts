export const sv = { support: {} as Record<string, never> };
export const en: typeof sv = { support: {} };
