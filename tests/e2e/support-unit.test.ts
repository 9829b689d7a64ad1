import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/browser.js';
import { plain, savePageScreenshot } from '../helpers/screenshots.js';
import { DEMO_USERS } from '../helpers/test-app.js';
import { openSignedIn, type SignedInPage } from './e2e-page.js';

let s: SignedInPage;

beforeAll(async () => {
  s = await openSignedIn(DEMO_USERS.headOfAdministration, '/centrala-stodet');
});
afterAll(async () => {
  await s?.close();
});

describe('Centrala stödet, as a person sees it', () => {
  it('shows the unit’s FTE, people served, people per FTE and cost', async () => {
    const { page } = s;
    await page.getByTestId('support-fte').waitFor();
    const value = async (id: string) => plain(await page.getByTestId(id).locator('.kpi__value').textContent());
    expect(await value('support-fte')).toBe('4,2');
    expect(await value('support-people')).toBe('9 100');
    expect(await value('support-ratio')).toBe('2 167');
    expect(await value('support-cost')).toBe('3 254 tkr');
  });

  it('shows the capacity per service area and the sub-goals each area serves', async () => {
    const { page } = s;
    const rows = page.getByTestId('capacity-table').locator('tbody tr');
    expect(await rows.count()).toBe(6);
    const first = (await rows.first().locator('th, td').allTextContents()).map(plain);
    expect(first.slice(0, 4)).toEqual(['Pedagogiskt IT-stöd', '1,0', '1 600', '23,8 %']);
    expect(first[4]).toContain('2.2');
    expect(plain(await rows.nth(2).textContent())).toContain('3.2');
  });

  it('draws the time per service area stacked by post', async () => {
    const chart = s.page.getByTestId('time-split-chart');
    await chart.locator('svg').waitFor();
    const text = plain(await chart.locator('svg').textContent());
    for (const label of ['Pedagogiskt IT-stöd', 'Dataskydd (GDPR)', 'Skoldatatekspedagog']) expect(text).toContain(label);
    expect(plain(await chart.locator('[role=img]').getAttribute('aria-label'))).toContain('Utbildning och handledning (moduler i digital kompetens) 1,1 årsarbetare');
    expect(await s.page.getByTestId('support-posts-table').locator('tbody tr').count()).toBe(6);
    await savePageScreenshot(s.page, 'centrala-stodet');
  });

  it('meets WCAG 2.1 A and AA and logs no errors or CSP violations', async () => {
    const violations = await axeViolations(s.page);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(s.problems).toEqual([]);
    expect(s.csp).toEqual([]);
  });
});
