import type { ImportKind, ImportReportFieldsFragment } from '../../../gql/graphql';

/** The API's limit on an uploaded file (checked here too so a person need not wait for a refusal). */
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

/**
 * Sends a file to the API's upload route (POST /import/<kind>), the way files travel: its bytes as the body, not
 * base64 inside GraphQL (whose bodies stay under 1 MB). Resolves to the same report previewImport/commitImport give;
 * a refusal becomes an Error with the API's Swedish reason.
 */
export async function uploadImport(
  request: { kind: ImportKind; file: File; mode: 'preview' | 'commit'; year: number | null },
  send: typeof fetch = fetch,
): Promise<ImportReportFieldsFragment> {
  const query = new URLSearchParams({ fileName: request.file.name, mode: request.mode });
  if (request.year !== null) query.set('year', String(request.year));
  const response = await send(`/import/${KIND_SLUGS[request.kind]}?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: request.file,
    credentials: 'same-origin',
  });
  const body = (await response.json().catch(() => null)) as (ImportReportFieldsFragment & { message?: string }) | null;
  if (!response.ok || !body) throw new Error(body?.message ?? `HTTP ${response.status}`);
  return body;
}
