export const sv = { schools: {} as Record<string, never> };
export const en: typeof sv = { schools: {} };
