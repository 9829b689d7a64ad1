import { describe, expect, it } from 'vitest';
import { exportHref, templateLinks, uploadImport } from './import-files';

describe('import files in the browser', () => {
  it('uploads the file’s bytes to /import/<kind> with the mode and year, and turns a refusal into its Swedish reason', async () => {
    const calls: [string, RequestInit][] = [];
    const answer = (status: number, body: unknown) => async (url: string | URL | Request, init?: RequestInit) => {
      calls.push([String(url), init!]);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    };
    const file = new File(['Skolenhetskod;År\n'], 'budget 2028.csv');
    const report = await uploadImport({ kind: 'BUDGET_LINES', file, mode: 'preview', year: null }, answer(200, { rows: 1 }) as typeof fetch);
    expect(report).toEqual({ rows: 1 });
    expect(calls[0]![0]).toBe('/import/budgetrader?fileName=budget+2028.csv&mode=preview');
    expect(calls[0]![1]).toMatchObject({ method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } });
    await uploadImport({ kind: 'SCHOOL_REGISTER', file, mode: 'commit', year: 2025 }, answer(200, {}) as typeof fetch);
    expect(calls[1]![0]).toBe('/import/skolenhetsregistret?fileName=budget+2028.csv&mode=commit&year=2025');
    await expect(uploadImport({ kind: 'LIKA_ASSESSMENTS', file, mode: 'commit', year: null }, answer(403, { message: 'Din roll får inte göra detta.' }) as typeof fetch)).rejects.toThrow(
      'Din roll får inte göra detta.',
    );
  });

  it('offers the register as XLSX only and the other kinds as CSV and XLSX', () => {
    expect(templateLinks('SCHOOL_REGISTER')).toEqual([{ format: 'XLSX', href: '/templates/skolenhetsregistret.xlsx' }]);
    expect(templateLinks('BUDGET_LINES').map((l) => l.href)).toEqual(['/templates/budgetrader.csv', '/templates/budgetrader.xlsx']);
    expect(exportHref('budgetrader', 'csv', 2026)).toBe('/export/budgetrader.csv?year=2026');
  });
});
