import type { ImportKind } from '../../../gql/graphql';

/** The API's limit on a file, decoded (checked here too so a person need not wait for a refusal). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const IMPORT_KINDS: ImportKind[] = [
  'SCHOOL_REGISTER',
  'SCHOOL_UNITS',
  'SCHOOL_FACTS',
  'BUDGET_LINES',
  'DEVICE_FLEETS',
  'INDICATOR_VALUES',
  'LIKA_ASSESSMENTS',
];

/** As the API's /templates/<slug>.csv|.xlsx. */
export const KIND_SLUGS: Record<ImportKind, string> = {
  SCHOOL_UNITS: 'skolenheter',
  SCHOOL_REGISTER: 'skolenhetsregistret',
  SCHOOL_FACTS: 'skolfakta',
  BUDGET_LINES: 'budgetrader',
  DEVICE_FLEETS: 'enhetsbestand',
  INDICATOR_VALUES: 'nyckeltal',
  LIKA_ASSESSMENTS: 'lika',
};

export const EXPORT_TABLES = ['budgetrader', 'enhetsbestand', 'skolenheter', 'skolfakta', 'nyckeltal', 'kostnader-per-agare', 'enhetstackning', 'utbytesvagor'] as const;

/** The register is published as XLSX only; every other kind has a CSV template too. */
export function templateLinks(kind: ImportKind): { format: 'CSV' | 'XLSX'; href: string }[] {
  const slug = KIND_SLUGS[kind];
  return [...(kind === 'SCHOOL_REGISTER' ? [] : [{ format: 'CSV' as const, href: `/templates/${slug}.csv` }]), { format: 'XLSX', href: `/templates/${slug}.xlsx` }];
}

export const exportHref = (table: string, format: 'csv' | 'xlsx', year: number) => `/export/${table}.${format}?year=${year}`;

/** The file's bytes as base64, in chunks so a 20 MB file does not overflow the call stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
