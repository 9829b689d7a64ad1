import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/config/config.js';
import { axeViolations, launchBrowser, signInPage, watchConsole, watchCsp } from '../helpers/browser.js';
import { DEMO_USERS, startTestApp, type TestApp } from '../helpers/test-app.js';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

let t: TestApp;
let browser: Browser;
let page: Page;
let problems: string[];
let csp: string[];

beforeAll(async () => {
  if (!fs.existsSync(path.join(repoRoot, 'dashboard', 'dist', 'index.html'))) {
    throw new Error('The dashboard is not built: pnpm test builds it before the browser tests (pnpm --filter @likvard/dashboard build).');
  }
  t = await startTestApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  problems = watchConsole(page);
  csp = await watchCsp(page);
  await signInPage(page, t.baseUrl, DEMO_USERS.politician);
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
    expect(plain(await page.getByRole('heading', { level: 2 }).textContent())).toBe('Centrala stödet: CMiT — Centrum för media och IT');
    expect(plain(await page.getByTestId('kpi-fte').locator('dd').first().textContent())).toBe('4,2');
    expect(plain(await page.getByTestId('kpi-people').locator('dd').first().textContent())).toBe('9 100');
    expect(plain(await page.getByTestId('kpi-people-per-fte').locator('dd').first().textContent())).toBe('2 167');
    expect(plain(await page.getByTestId('kpi-cost').locator('dd').first().textContent())).toBe('3 254 tkr');
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
