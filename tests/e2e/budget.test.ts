import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/browser.js';
import { plain, savePageScreenshot } from '../helpers/screenshots.js';
import { DEMO_USERS } from '../helpers/test-app.js';
import { openSignedIn, type SignedInPage } from './e2e-page.js';

let s: SignedInPage;
const cells = async (row: ReturnType<SignedInPage['page']['locator']>) => (await row.locator('th, td').allTextContents()).map(plain);

beforeAll(async () => {
  s = await openSignedIn(DEMO_USERS.politician, '/budget');
});
afterAll(async () => {
  await s?.close();
});

describe('Budget och enheter, as a person sees it', () => {
  it('shows budget against outcome per year with the deviation in tkr and percent', async () => {
    const { page } = s;
    await page.getByRole('heading', { level: 1, name: 'Budget och enheter' }).waitFor();
    const row2025 = page.getByTestId('year-table').locator('tr[data-year="2025"]');
    await row2025.waitFor();
    // Demo data 2025: budget 27 860 739 kr, outcome 28 056 546 kr → +195 807 kr, 0,7 %.
    expect(await cells(row2025)).toEqual(['2025', '27 861 tkr', '28 057 tkr', '+196 tkr (+0,7 %)', '3 423 kr']);
    expect((await cells(page.getByTestId('year-table').locator('tr[data-year="2027"]')))[2]).toBe('29 371 tkr (prognos)');
  });

  it('opens on the latest closed year per category, with its deviation and a chart', async () => {
    const { page } = s;
    expect(plain(await page.getByRole('heading', { level: 2, name: /Kostnader per kostnadsslag/ }).textContent())).toBe('Kostnader per kostnadsslag 2025');
    const devices = page.getByTestId('category-table').locator('tbody tr', { hasText: 'Enheter' });
    expect(await cells(devices)).toEqual(['Enheter', '10 567 tkr', '10 783 tkr', '+216 tkr (+2,0 %)', '1 316 kr']);
    expect(plain(await page.getByTestId('category-table').locator('tfoot').textContent())).toContain('27 861 tkr');
    const chart = page.getByTestId('category-chart');
    await chart.locator('svg').waitFor();
    expect(plain(await chart.locator('svg').textContent())).toContain('Licenser och system');
  });

  it('pages the costs per owner, ten at a time', async () => {
    const { page } = s;
    const owners = page.getByTestId('owner-table').locator('tbody tr');
    expect(await owners.count()).toBe(10);
    expect((await cells(owners.first()))[0]).toBe('Central enhet');
    const pager = page.getByRole('navigation', { name: 'Sidor i listan över ägare' });
    expect(plain(await pager.textContent())).toContain('Rad 1–10 av 21');
    await pager.getByRole('button', { name: 'Nästa' }).click();
    await pager.getByText('Rad 11–20 av 21').waitFor();
    // The next page's rows replace the first page's when they arrive.
    await page.getByTestId('owner-table').locator('tbody tr').first().filter({ hasNotText: 'Central enhet' }).waitFor();
    expect(await owners.count()).toBe(10);
    await pager.getByRole('button', { name: 'Föregående' }).click();
    await pager.getByText('Rad 1–10 av 21').waitFor();
  });

  it('shows the devices, 1:1 coverage per school and the replacement waves of the budget year', async () => {
    const { page } = s;
    const value = async (id: string) => plain(await page.getByTestId(id).locator('.kpi__value').textContent());
    await page.getByTestId('kpi-one-to-one').waitFor();
    expect(await value('kpi-devices-total')).toBe('6 715');
    expect(await value('kpi-one-to-one')).toBe('97,6 %');
    expect(await value('kpi-lease')).toBe('10 585 tkr');
    const coverage = page.getByTestId('coverage-chart');
    await coverage.locator('svg').waitFor();
    expect(plain(await coverage.locator('[role=img]').getAttribute('aria-label'))).toContain('Tallbackaskolan 7–9 93,0 %');
    // Lowest coverage first in the table.
    expect((await cells(page.getByTestId('coverage-table').locator('tbody tr').first()))[0]).toBe('Tallbackaskolan 7–9');
    const waves = page.getByTestId('waves-chart');
    await waves.locator('svg').waitFor();
    expect(plain(await waves.locator('[role=img]').getAttribute('aria-label'))).toContain('2027 2 359 enheter, 11 690 tkr');
    expect(await waves.locator('svg path').count()).toBeGreaterThan(8);
    await savePageScreenshot(page, 'budget-och-enheter');
  });

  it('meets WCAG 2.1 A and AA and logs no errors or CSP violations', async () => {
    const violations = await axeViolations(s.page);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(s.problems).toEqual([]);
    expect(s.csp).toEqual([]);
  });
});
