import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/browser.js';
import { signedInApp } from './e2e-page.js';
import { plain, savePageScreenshot } from '../helpers/screenshots.js';
import { DEMO_USERS, signIn, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let browser: Browser;
let page: Page;
let problems: string[];
let csp: string[];

beforeAll(async () => {
  ({ t, browser, page, problems, csp } = await signedInApp(DEMO_USERS.politician));
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('the overview page, as a person sees it', () => {
  it('shows the municipality and its central support unit in Swedish', async () => {
    expect(await page.title()).toBe('Likvärd');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe('Översikt — Exempelkommun');
    expect(plain(await page.getByRole('heading', { level: 2, name: /^Centrala stödet:/ }).textContent())).toBe('Centrala stödet: CMiT — Centrum för media och IT');
    expect(plain(await page.getByTestId('kpi-fte').locator('dd').first().textContent())).toBe('4,2');
    expect(plain(await page.getByTestId('kpi-people').locator('dd').first().textContent())).toBe('9 100');
    expect(plain(await page.getByTestId('kpi-people-per-fte').locator('dd').first().textContent())).toBe('2 167');
    expect(plain(await page.getByTestId('kpi-cost').locator('dd').first().textContent())).toBe('3 254 tkr');
  });

  it('answers "how are we doing?" with the budget year’s key figures and the change since last year', async () => {
    const card = (id: string) => page.getByTestId(id);
    await card('kpi-cost-per-pupil').waitFor();
    const value = async (id: string) => plain(await card(id).locator('.kpi__value').textContent());
    const change = async (id: string) => plain(await card(id).getByTestId('kpi-change').textContent());
    expect(plain(await page.getByRole('heading', { level: 2, name: /^Nyckeltal/ }).textContent())).toBe('Nyckeltal 2026');
    // Demo data 2026 (budget): 28 612 022 kr for 8 280 pupils; 3 980 pupil computers for 4 076 pupils in 1:1 years.
    expect(await value('kpi-cost-per-pupil')).toBe('3 456 kr');
    expect(await change('kpi-cost-per-pupil')).toBe('▲ +1,0 % mot 2025');
    expect(await value('kpi-total-cost')).toBe('28 612 tkr');
    expect(await value('kpi-coverage')).toBe('97,6 %');
    expect(await value('kpi-devices')).toBe('6 715');
    expect(await value('kpi-support-ratio')).toBe('2 167');
    expect(await value('kpi-trained')).toBe('75,1 %');
    expect(await change('kpi-trained')).toBe('▲ +12,2 procentenheter mot 2025 (bättre)');
    expect(await value('kpi-goals-met')).toBe('37,2 %');
    // The equity card shows what the API's equity calculation says for the budget year, in Swedish format.
    const api = await signIn(t, DEMO_USERS.politician);
    const { data } = await api.gql<{ municipality: { equity: { summary: { meanIndex: number; schoolsBelowThreshold: number } } } }>(
      '{ municipality { equity(year: 2026) { summary { meanIndex schoolsBelowThreshold } } } }',
    );
    const equity = data!.municipality.equity.summary;
    expect(await value('kpi-equity')).toBe(new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(equity.meanIndex));
    expect(plain(await page.getByTestId('kpi-equity').textContent())).toContain(`${equity.schoolsBelowThreshold} skolor under tröskeln`);
    const rows = page.getByTestId('changes-table').locator('tbody tr');
    expect(await rows.count()).toBe(7);
    expect((await rows.nth(2).locator('th, td').allTextContents()).map(plain)).toEqual(['1:1-täckning', '97,2 %', '97,6 %', '+0,4 procentenheter (bättre)']);
  });

  it('draws the trends over the years: cost per year and the shares of coverage, training and goals met', async () => {
    for (const id of ['cost-trend-chart', 'share-trend-chart']) {
      const chart = page.getByTestId(id);
      await chart.locator('svg').waitFor();
      expect(plain(await chart.locator('svg').textContent())).toContain('2023');
    }
    expect(plain(await page.getByTestId('cost-trend-chart').locator('[role=img]').getAttribute('aria-label'))).toContain('2025 budget 27 861 tkr, utfall 28 057 tkr');
    expect(plain(await page.getByTestId('share-trend-chart').locator('[role=img]').getAttribute('aria-label'))).toContain('Lärare utbildade i digital kompetens: 2023 33,9 %');
    expect(await page.getByTestId('goals-table').locator('tbody tr').count()).toBe(6);
    await savePageScreenshot(page, 'oversikt');
  });

  it('lists every post with its FTE and cost, and the totals', async () => {
    const rows = page.getByTestId('posts-table').locator('tbody tr');
    expect(await rows.count()).toBe(6);
    expect(plain(await rows.first().textContent())).toContain('IT-pedagog, pedagogiskt IT-stöd');
    expect(plain(await page.getByTestId('posts-table').locator('tfoot').textContent())).toBe('Summa4,23 254 tkr');
  });

  it('draws the posts’ FTE as a bar chart with a bar and a label per post', async () => {
    const chart = page.getByTestId('posts-chart');
    await chart.locator('svg').waitFor();
    const text = plain(await chart.locator('svg').textContent());
    for (const title of ['Dataskyddssamordnare', 'Skoldatatekspedagog', 'Systemförvaltare lärplattform']) expect(text).toContain(title);
    expect(text).toContain('0,2');
    expect(await chart.locator('[role=img]').getAttribute('aria-label')).toContain('Dataskyddssamordnare 0,2');
    // Six bars: ECharts draws each bar as a path filled with the series colour.
    expect(await chart.locator('svg path[fill="#1f5c99"]').count()).toBe(6);
  });

  it('meets WCAG 2.1 A and AA (axe-core)', async () => {
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });

  it('switches to English and remembers the choice', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe('Overview — Exempelkommun');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe('Overview — Exempelkommun');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Svenska' }).click();
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe('Översikt — Exempelkommun');
  });

  it('shows who is signed in, with the role, in the header', async () => {
    expect(plain(await page.getByTestId('current-user').textContent())).toContain('Eva Lindqvist');
    expect(plain(await page.getByTestId('current-user').textContent())).toContain('Läsare, Exempelkommun');
    // Kept for the reviewer to look at; not compared with anything.
    await page.getByTestId('current-user').screenshot({ path: path.join(os.tmpdir(), 'likvard-header.png') });
  });

  it('serves the app shell for a deep link, and logs no errors in the console and no CSP violations', async () => {
    await page.goto(`${t.baseUrl}/nagon/sida`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(problems).toEqual([]);
    expect(csp).toEqual([]);
  });
});
