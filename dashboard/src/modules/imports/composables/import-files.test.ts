import { describe, expect, it } from 'vitest';
import { exportHref, fileToBase64, templateLinks } from './import-files';

describe('import files in the browser', () => {
  it('encodes a file as base64, å ä ö included', async () => {
    const text = 'Skolenhetskod;Namn\n72310547;Åkerängens skola\n';
    const encoded = await fileToBase64(new Blob([text]));
    expect(new TextDecoder().decode(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)))).toBe(text);
  });

  it('encodes files larger than one chunk', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    const decoded = Uint8Array.from(atob(await fileToBase64(new Blob([bytes]))), (c) => c.charCodeAt(0));
    expect(decoded).toEqual(bytes);
  });

  it('offers the register as XLSX only and the other kinds as CSV and XLSX', () => {
    expect(templateLinks('SCHOOL_REGISTER')).toEqual([{ format: 'XLSX', href: '/templates/skolenhetsregistret.xlsx' }]);
    expect(templateLinks('BUDGET_LINES').map((l) => l.href)).toEqual(['/templates/budgetrader.csv', '/templates/budgetrader.xlsx']);
    expect(exportHref('budgetrader', 'csv', 2026)).toBe('/export/budgetrader.csv?year=2026');
  });
});
