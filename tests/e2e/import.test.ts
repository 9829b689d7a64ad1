import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config/config.js';
import { axeViolations } from '../helpers/browser.js';
import { signedInApp } from './e2e-page.js';
import { DEMO_USERS, type TestApp } from '../helpers/test-app.js';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
const fixture = (name: string) => path.join(repoRoot, 'seeds', 'fixtures', name);
const shot = (name: string) => path.join(os.tmpdir(), `likvard-${name}.png`);

let t: TestApp;
let browser: Browser;
let page: Page;
let problems: string[];
let csp: string[];

beforeAll(async () => {
  ({ t, browser, page, problems, csp } = await signedInApp(DEMO_USERS.strategist));
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const count = async (key: string) => plain(await page.getByTestId(`import-count-${key}`).locator('dd').textContent());

describe('the import page, as the strategist uses it', () => {
  it('is one link away in the menu', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Importera data' }).click();
    await page.waitForURL((url) => url.pathname === '/import');
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe('Importera data');
  });

  it('previews a file with errors: each error in Swedish on its row, highlighted, and no import offered', async () => {
    await page.getByLabel('Vad innehåller filen?').selectOption('BUDGET_LINES');
    await page.getByLabel('Fil (CSV eller XLSX, högst 20 MB)').setInputFiles(fixture('budgetrader-med-fel.csv'));
    await page.getByRole('button', { name: 'Förhandsvisa' }).click();
    await page.getByTestId('import-report').waitFor();
    expect(await count('rows')).toBe('6');
    expect(await count('errors')).toBe('5');
    expect(plain(await page.getByTestId('import-status').textContent())).toContain('Filen har 5 fel');
    const errorRows = page.locator('[data-testid=import-rows] tbody tr.row--error');
    expect(await errorRows.count()).toBe(5);
    expect(plain(await errorRows.first().textContent())).toContain('"tolvtusen" är inget tal');
    expect(await page.getByRole('button', { name: 'Importera', exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: shot('import-errors'), fullPage: true });
  });

  it('meets WCAG 2.1 A and AA with the errors shown (axe-core)', async () => {
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });

  it('previews a good file, then imports it: counts as previewed, and committed', async () => {
    await page.getByLabel('Fil (CSV eller XLSX, högst 20 MB)').setInputFiles(fixture('budgetrader-2028-bom.csv'));
    await page.getByRole('button', { name: 'Förhandsvisa' }).click();
    await page.getByTestId('import-status').filter({ hasText: 'Inga fel' }).waitFor();
    expect(await count('creates')).toBe('5');
    expect(plain(await page.getByTestId('import-report').locator('.format').textContent())).toBe('Läst som CSV, UTF-8 med BOM, semikolon.');
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await page.getByRole('heading', { name: 'Importerat från budgetrader-2028-bom.csv' }).waitFor();
    expect(plain(await page.getByTestId('import-status').textContent())).toBe('Importen är sparad: 5 nya och 0 ändrade rader.');
    await page.screenshot({ path: shot('import-committed'), fullPage: true });
    const axe = await axeViolations(page);
    expect(axe.map((v) => v.id)).toEqual([]);
  });

  it('links templates and exports that download', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-section').getByRole('link', { name: 'CSV (Budgetrader)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('budgetrader-9901-2026.csv');
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\ufeffSkolenhetskod;Skolenhetens namn;År;Kategori;Typ;Belopp (kr)')).toBe(true);
    expect(await page.getByRole('link', { name: 'XLSX (Skolenhetsregistret (Skolverket, XLSX))' }).getAttribute('href')).toBe('/templates/skolenhetsregistret.xlsx');
  });

  it('lets the overview chart be downloaded as SVG and PNG', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Översikt' }).click();
    await page.getByTestId('posts-chart').locator('svg').waitFor();
    // Kept for the reviewer to look at; not compared with anything.
    await page.locator('figure', { has: page.getByTestId('posts-chart') }).screenshot({ path: shot('chart-download') });
    for (const format of ['SVG', 'PNG']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Ladda ner diagrammet som ${format}` }).click()]);
      expect(download.suggestedFilename()).toBe(`tjansternas-omfattning-arsarbetare.${format.toLowerCase()}`);
      const bytes = fs.readFileSync((await download.path())!);
      // A PNG starts with \x89PNG; the SVG carries the chart's text.
      const looksRight = format === 'PNG' ? bytes.subarray(1, 4).toString('latin1') === 'PNG' : bytes.toString('utf8').includes('Dataskyddssamordnare');
      expect(looksRight).toBe(true);
    }
  });

  it('logs no console errors and no CSP violations', () => {
    expect(problems).toEqual([]);
    expect(csp).toEqual([]);
  });
});
