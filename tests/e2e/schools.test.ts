import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/browser.js';
import { plain, savePageScreenshot } from '../helpers/screenshots.js';
import { DEMO_USERS } from '../helpers/test-app.js';
import { openSignedIn, type SignedInPage } from './e2e-page.js';

let s: SignedInPage;

beforeAll(async () => {
  s = await openSignedIn(DEMO_USERS.strategist, '/skolor');
});
afterAll(async () => {
  await s?.close();
});

const axeClean = async () => {
  const violations = await axeViolations(s.page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
};

describe('Skolor och likvärdighet, as a person sees it', () => {
  it('ranks every school by its equity index with its components, and highlights those below the threshold', async () => {
    const { page } = s;
    const rows = page.getByTestId('ranking-table').locator('tbody tr');
    await rows.first().waitFor();
    expect((await rows.first().locator('th, td').allTextContents()).map(plain)).toEqual(['1', 'Ängsskolan F–9', '0,86', '100,0 %', '86,9 %', '70,0 %', 'Ja', '1,2']);
    expect(await rows.count()).toBe(10);
    expect(plain(await page.getByRole('navigation', { name: 'Sidor i rangordningen' }).textContent())).toContain('Rad 1–10 av 20');
    expect(plain(await page.getByTestId('equity-below').locator('.kpi__value').textContent())).toBe('7');
    await page.getByRole('navigation', { name: 'Sidor i rangordningen' }).getByRole('button', { name: 'Nästa' }).click();
    expect(await page.getByTestId('ranking-table').locator('tbody tr[data-below="true"]').count()).toBe(7);
  });

  it('draws the ranking, the spread over the years and the index against the socioeconomic index', async () => {
    const { page } = s;
    for (const id of ['ranking-chart', 'spread-chart', 'scatter-chart']) await page.getByTestId(id).locator('svg').waitFor();
    expect(plain(await page.getByTestId('ranking-chart').locator('svg').textContent())).toContain('Tröskel 0,6');
    expect(plain(await page.getByTestId('spread-chart').locator('[role=img]').getAttribute('aria-label'))).toMatch(/^Spridning mellan skolorna per år .*: 2023 Variationskoefficient 0,\d+, Gini 0,\d+; 2024/);
    // 20 schools: 13 points above the threshold, 7 diamonds below.
    expect(plain(await page.getByTestId('scatter-chart').locator('[role=img]').getAttribute('aria-label'))).toContain('Östervångsskolan F–6');
    await page.getByRole('navigation', { name: 'Sidor i rangordningen' }).getByRole('button', { name: 'Föregående' }).click();
    await savePageScreenshot(page, 'skolor-och-likvardighet');
    await axeClean();
  });

  it('opens a school’s own page with its goals, indicators, devices and costs', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Östra skolan 7–9' }).click();
    await page.getByRole('heading', { level: 1, name: 'Östra skolan 7–9' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/skolor\/[0-9a-f-]{36}$/);
    const value = async (id: string) => plain(await page.getByTestId(id).locator('.kpi__value').textContent());
    expect(await value('school-pupils')).toBe('624');
    expect(await value('school-coverage')).toBe('97,0 %');
    expect(await value('school-local-it')).toBe('Nej');
    const goals = page.getByTestId('school-goals').locator('tbody tr');
    expect(await goals.count()).toBe(6);
    expect((await goals.first().locator('th, td').allTextContents()).map(plain).slice(0, 4)).toEqual(['M1 Alla elever i åk 7–9 och gymnasiet har en egen elevdator', '97', '100', 'Nej']);
    expect(plain(await page.getByTestId('school-indicators').textContent())).toContain('LIKA självskattning: användning');
    expect(await page.getByTestId('school-devices').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(plain(await page.getByTestId('school-costs').textContent())).toContain('1 028 tkr');
    await savePageScreenshot(page, 'skola');
    await axeClean();
  });

  it('logged no errors and no CSP violations', () => {
    expect(s.problems).toEqual([]);
    expect(s.csp).toEqual([]);
  });
});
